import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2VolumeEncrypted } from './aws-ec2-volume-encrypted.js'

const volume: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:volume/vol-0123456789abcdef0',
  kind: 'aws.ec2.volume',
  family: 'disk',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'vol-0123456789abcdef0',
  props: { volumeId: 'vol-0123456789abcdef0', encrypted: true, sizeGiB: 30 },
}

describe('aws-ec2-volume-encrypted', () => {
  it('is healthy when encrypted', () => {
    expect(evaluateRule(awsEc2VolumeEncrypted, volume).status).toBe('healthy')
  })
  it('is unhealthy when not encrypted', () => {
    expect(evaluateRule(awsEc2VolumeEncrypted, withProps(volume, { encrypted: false }))).toMatchObject({ status: 'unhealthy', message: 'volume `vol-0123456789abcdef0` is not encrypted' })
  })
  it('is unknown when encryption was not exported', () => {
    expect(evaluateRule(awsEc2VolumeEncrypted, withProps(volume, { encrypted: undefined })).status).toBe('unknown')
  })
})
