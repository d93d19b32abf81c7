/** @module A Secrets Manager secret as the AWS Config mapper normalizes it (metadata only), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const SECRET: NodeInput = {
  id: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/orders-db-AbCdEf',
  kind: 'aws.secretsmanager.secret',
  family: 'secret-store',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'prod/orders-db',
  props: { secretName: 'prod/orders-db', rotationEnabled: true, rotationDays: 30, rotationLambdaArn: 'arn:aws:lambda:eu-west-1:111122223333:function:rotate' },
}
