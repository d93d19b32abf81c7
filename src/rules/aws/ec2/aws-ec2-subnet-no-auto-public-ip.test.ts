import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2SubnetNoAutoPublicIp } from './aws-ec2-subnet-no-auto-public-ip.js'
import { SUBNET } from './fixtures.js'

describe('aws-ec2-subnet-no-auto-public-ip', () => {
  it('is healthy when public addresses are not assigned on launch', () => {
    expect(evaluateRule(awsEc2SubnetNoAutoPublicIp, SUBNET).status).toBe('healthy')
  })
  it('is unhealthy when they are', () => {
    expect(evaluateRule(awsEc2SubnetNoAutoPublicIp, withProps(SUBNET, { mapPublicIpOnLaunch: true }))).toMatchObject({ status: 'unhealthy', message: 'subnet `subnet-0123456789abcdef0` assigns a public IPv4 address to every instance launched in it' })
  })
  it('is unknown when the attribute was not exported', () => {
    expect(evaluateRule(awsEc2SubnetNoAutoPublicIp, withProps(SUBNET, { mapPublicIpOnLaunch: undefined })).status).toBe('unknown')
  })
})
