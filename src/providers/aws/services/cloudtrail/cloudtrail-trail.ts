/** @module AWS::CloudTrail::Trail → logging node; the trail delivers its logs to its S3 bucket. */
import { bool, compact, field, obj, str } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { partitionOf } from '../../core/arn.js'
import { orDefault } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapTrail: ConfigMapper = (ci) => {
  const c = ci.configuration
  const bucket = str(c, 's3BucketName')
  const status = obj(ci.supplementary, 'TrailStatus') ?? obj(c, 'trailStatus')
  const logging = bool(status, 'isLogging') ?? bool(c, 'isLogging')
  const name = str(c, 'name', 'trailName') ?? ci.resourceName ?? ci.resourceId
  return {
    kind: 'aws.cloudtrail.trail',
    name,
    props: compact({
      trailName: name,
      isLogging: logging,
      multiRegion: orDefault(ci, bool(c, 'isMultiRegionTrail'), false),
      organizationTrail: orDefault(ci, bool(c, 'isOrganizationTrail'), false),
      includeGlobalServiceEvents: bool(c, 'includeGlobalServiceEvents'),
      logFileValidation: orDefault(ci, bool(c, 'logFileValidationEnabled', 'enableLogFileValidation'), false),
      homeRegion: str(c, 'homeRegion'),
      s3BucketName: bucket,
      kmsKeyId: str(c, 'kmsKeyId'),
      cloudWatchLogsLogGroupArn: str(c, 'cloudWatchLogsLogGroupArn'),
      eventSelectors: field(ci.supplementary, 'EventSelectors') ?? field(c, 'eventSelectors'),
    }),
    edges: bucket === undefined ? [] : [edge(ci.arn, `arn:${partitionOf(ci.region)}:s3:::${bucket}`, 'moves-data-to', { via: 'trail-delivery' })],
  }
}
