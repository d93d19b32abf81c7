import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2InstanceNoPublicIp } from './aws-ec2-instance-no-public-ip.js'
import { INSTANCE } from './fixtures.js'

describe('aws-ec2-instance-no-public-ip', () => {
  it('is healthy without a public address', () => {
    expect(evaluateRule(awsEc2InstanceNoPublicIp, INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy with a public address, naming it', () => {
    expect(evaluateRule(awsEc2InstanceNoPublicIp, withProps(INSTANCE, { publicIps: ['203.0.113.10'] }))).toMatchObject({ status: 'unhealthy', message: 'instance `api-1` has public IP 203.0.113.10' })
  })
  it('is unknown when the addresses were not exported', () => {
    expect(evaluateRule(awsEc2InstanceNoPublicIp, withProps(INSTANCE, { publicIps: undefined })).status).toBe('unknown')
  })
})
