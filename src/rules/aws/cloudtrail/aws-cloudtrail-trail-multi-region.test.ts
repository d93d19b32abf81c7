import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailMultiRegion } from './aws-cloudtrail-trail-multi-region.js'

const trail: NodeInput = {
  id: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/org-trail',
  kind: 'aws.cloudtrail.trail',
  family: 'logging',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'org-trail',
  props: { trailName: 'org-trail', isLogging: true, multiRegion: true, logFileValidation: true, s3BucketName: 'trail-logs' },
}

describe('aws-cloudtrail-trail-multi-region', () => {
  it('is healthy for a logging multi-region trail', () => {
    expect(evaluateRule(awsCloudtrailTrailMultiRegion, trail).status).toBe('healthy')
  })
  it('is unhealthy for a single-region trail', () => {
    expect(evaluateRule(awsCloudtrailTrailMultiRegion, withProps(trail, { multiRegion: false }))).toMatchObject({ status: 'unhealthy', message: 'trail `org-trail` records only its home region' })
  })
  it('is unhealthy for a stopped trail', () => {
    expect(evaluateRule(awsCloudtrailTrailMultiRegion, withProps(trail, { isLogging: false })).status).toBe('unhealthy')
  })
  it('is unknown when the partial record has no multi-region flag', () => {
    expect(evaluateRule(awsCloudtrailTrailMultiRegion, withProps(trail, { multiRegion: undefined })).status).toBe('unknown')
  })
})
