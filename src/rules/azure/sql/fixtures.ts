/** @module Azure SQL nodes as the Azure Resource Graph reader maps them (providers/azure/mappers/databases.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const SUBSCRIPTION = '/subscriptions/00000000-0000-4000-8000-000000000001'

export const SQL_SERVER: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-data/providers/microsoft.sql/servers/sql-demo`,
  kind: 'azure.sql.server',
  family: 'managed-database',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'sql-demo',
  props: {
    armType: 'microsoft.sql/servers', publicNetworkAccess: 'disabled', administratorLogin: 'sqladmin', minimalTlsVersion: '1.2',
    aadOnlyAuthentication: true, passwordAuthEnabled: false, aadAdministrator: 'dba-group',
  },
}

export const MANAGED_INSTANCE: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-data/providers/microsoft.sql/managedinstances/sqlmi-demo`,
  kind: 'azure.sql.managedinstance',
  family: 'managed-database',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'sqlmi-demo',
  props: { armType: 'microsoft.sql/managedinstances', publicDataEndpointEnabled: false, minimalTlsVersion: '1.2' },
}
