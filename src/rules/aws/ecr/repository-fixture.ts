/** @module An ECR repository as the AWS Config mapper (providers/aws/services/ecr) normalizes it. */
import type { NodeInput } from '../../../model/graph-types.js'

export const REPOSITORY: NodeInput = {
  id: 'arn:aws:ecr:us-east-1:111122223333:repository/shop/web',
  kind: 'aws.ecr.repository',
  family: 'container-registry',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'shop/web',
  props: { repositoryName: 'shop/web', scanOnPush: true, imageTagMutability: 'IMMUTABLE', encryption: { type: 'AES256' }, lifecyclePolicy: false },
}
