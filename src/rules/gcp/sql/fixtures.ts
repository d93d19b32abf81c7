/** @module A Cloud SQL instance node as the Cloud Asset Inventory reader maps it, for the SQL rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const SQL_INSTANCE: NodeInput = {
  id: '//cloudsql.googleapis.com/projects/demo-proj/instances/orders',
  kind: 'gcp.sql.instance',
  family: 'managed-database',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'orders',
  props: {
    assetType: 'sqladmin.googleapis.com/Instance',
    databaseVersion: 'POSTGRES_15',
    ipv4Enabled: false,
    authorizedNetworks: [],
    openToAnyIp: false,
    requireSsl: true,
  },
}
