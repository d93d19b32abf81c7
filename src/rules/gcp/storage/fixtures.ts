/** @module A Cloud Storage bucket node as the Cloud Asset Inventory reader maps it, for the bucket rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const GCS_BUCKET: NodeInput = {
  id: '//storage.googleapis.com/demo-bucket',
  kind: 'gcp.storage.bucket',
  family: 'object-storage',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'demo-bucket',
  props: {
    assetType: 'storage.googleapis.com/Bucket',
    iamBindings: [{ role: 'roles/storage.objectViewer', members: ['serviceAccount:app@demo-proj.iam.gserviceaccount.com'] }],
    publicBindings: [],
    uniformBucketLevelAccess: true,
    publicAccessPrevention: 'enforced',
    versioningEnabled: true,
    publicAcl: [],
  },
}
