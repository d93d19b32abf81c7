import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2InstanceImdsv2Required } from './aws-ec2-instance-imdsv2-required.js'

const instance: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
  kind: 'aws.ec2.instance',
  family: 'vm',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'web-01',
  props: { instanceId: 'i-0123456789abcdef0', imdsV2Required: true, metadataEndpointEnabled: true },
}

describe('aws-ec2-instance-imdsv2-required', () => {
  it('is healthy when IMDSv2 is required', () => {
    expect(evaluateRule(awsEc2InstanceImdsv2Required, instance).status).toBe('healthy')
  })
  it('is unhealthy when IMDSv1 is accepted', () => {
    expect(evaluateRule(awsEc2InstanceImdsv2Required, withProps(instance, { imdsV2Required: false }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `web-01` accepts IMDSv1 requests (HttpTokens optional)',
    })
  })
  it('is not applicable when the metadata endpoint is off', () => {
    expect(evaluateRule(awsEc2InstanceImdsv2Required, withProps(instance, { imdsV2Required: false, metadataEndpointEnabled: false })).status).toBe('not-applicable')
  })
  it('is unknown when the metadata options were not exported', () => {
    expect(evaluateRule(awsEc2InstanceImdsv2Required, withProps(instance, { imdsV2Required: undefined })).status).toBe('unknown')
  })
})
