/** @module PostgreSQL/MySQL servers as the Azure Resource Graph reader maps them (providers/azure/mappers/databases.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const SUBSCRIPTION = '/subscriptions/00000000-0000-4000-8000-000000000001'

export const FLEXIBLE_SERVER: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-data/providers/microsoft.dbforpostgresql/flexibleservers/psql-demo`,
  kind: 'azure.dbforpostgresql.flexibleserver',
  family: 'managed-database',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'psql-demo',
  props: { armType: 'microsoft.dbforpostgresql/flexibleservers', version: '16', publicNetworkAccess: 'disabled', passwordAuthEnabled: false, aadAuthEnabled: true, geoRedundantBackup: 'enabled' },
}

export const SINGLE_SERVER: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-data/providers/microsoft.dbformysql/servers/mysql-legacy`,
  kind: 'azure.dbformysql.server',
  family: 'managed-database',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'mysql-legacy',
  props: { armType: 'microsoft.dbformysql/servers', version: '8.0', publicNetworkAccess: 'enabled', passwordAuthEnabled: true, sslEnforcement: 'enabled', minimalTlsVersion: 'TLS1_2', geoRedundantBackup: 'disabled' },
}
