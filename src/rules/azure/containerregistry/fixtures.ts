/** @module A container registry as the Azure Resource Graph reader maps it (providers/azure/mappers/platform.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const REGISTRY: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-apps/providers/microsoft.containerregistry/registries/acrdemo',
  kind: 'azure.containerregistry.registry',
  family: 'container-registry',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'acrdemo',
  props: {
    armType: 'microsoft.containerregistry/registries', loginServer: 'acrdemo.azurecr.io', adminUserEnabled: false, anonymousPullEnabled: false,
    publicNetworkAccess: 'enabled', networkRuleSet: { defaultAction: 'deny', ipRules: ['192.0.2.0/24'], virtualNetworkRuleIds: [] }, skuName: 'premium',
  },
}
