/** @module A KMS key as the AWS Config mapper (providers/aws/services/kms) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const KEY: NodeInput = {
  id: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  kind: 'aws.kms.key',
  family: 'kms-key',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders-data',
  props: {
    keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', keyManager: 'CUSTOMER', keyState: 'Enabled', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', rotationEnabled: true,
    resourcePolicy: { Version: '2012-10-17', Statement: [{ Sid: 'root', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] },
  },
}
