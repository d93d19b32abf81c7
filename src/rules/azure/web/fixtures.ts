/** @module An App Service site as the Azure Resource Graph reader maps it (providers/azure/mappers/web.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const WEB_APP: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-web/providers/microsoft.web/sites/app-shop',
  kind: 'azure.web.site',
  family: 'app-service',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'app-shop',
  props: {
    armType: 'microsoft.web/sites', appKind: 'app,linux', state: 'running', defaultHostName: 'app-shop.azurewebsites.net', httpsOnly: true,
    minTlsVersion: '1.2', ftpsState: 'disabled', remoteDebuggingEnabled: false, identityType: 'SystemAssigned', principalId: 'p-1', authEnabled: true,
  },
}
