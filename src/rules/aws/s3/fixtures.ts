/** @module An S3 bucket as the AWS Config mapper (providers/aws/services/s3) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const BUCKET: NodeInput = {
  id: 'arn:aws:s3:::demo-data',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-data',
  props: {
    bucketName: 'demo-data',
    aclGrants: [{ grantee: 'abc123', granteeType: 'canonical-user', permission: 'FULL_CONTROL' }],
    publicAclGrants: [],
    publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    versioning: { status: 'Enabled', mfaDelete: true },
    logging: { enabled: false },
  },
}
