/** @module A BigQuery dataset as the CAI reader keeps it (no mapper: the resource document is `config`), for the BigQuery rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const DATASET: NodeInput = {
  id: '//bigquery.googleapis.com/projects/demo-proj/datasets/sales',
  kind: 'gcp.bigquery.dataset',
  family: 'managed-database',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'sales',
  props: {
    assetType: 'bigquery.googleapis.com/Dataset',
    config: {
      datasetReference: { projectId: 'demo-proj', datasetId: 'sales' },
      location: 'EU',
      access: [
        { role: 'OWNER', specialGroup: 'projectOwners' },
        { role: 'READER', userByEmail: 'analyst@example.com' },
      ],
      defaultEncryptionConfiguration: { kmsKeyName: 'projects/demo-proj/locations/eu/keyRings/bq/cryptoKeys/sales' },
    },
  },
}
