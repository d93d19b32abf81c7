/** @module A Lambda function as the AWS Config mapper (providers/aws/services/lambda) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const FUNCTION: NodeInput = {
  id: 'arn:aws:lambda:eu-west-1:111122223333:function:thumbnailer',
  kind: 'aws.lambda.function',
  family: 'function',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'thumbnailer',
  props: {
    functionName: 'thumbnailer',
    runtime: 'python3.12',
    packageType: 'Zip',
    roleArn: 'arn:aws:iam::111122223333:role/thumbnailer',
    environmentVariableNames: [],
    resourcePolicy: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: '*', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } },
      ],
    },
  },
}
