/** @module A CloudTrail trail as the AWS Config mapper (providers/aws/services/cloudtrail) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const TRAIL: NodeInput = {
  id: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/org-trail',
  kind: 'aws.cloudtrail.trail',
  family: 'logging',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'org-trail',
  props: {
    trailName: 'org-trail', isLogging: true, multiRegion: true, logFileValidation: true, s3BucketName: 'trail-logs',
    kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/1', cloudWatchLogsLogGroupArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:trail:*',
  },
}

export const TRAIL_BUCKET: NodeInput = {
  id: 'arn:aws:s3:::trail-logs',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'trail-logs',
  props: { bucketName: 'trail-logs', publicAclGrants: [] },
}
