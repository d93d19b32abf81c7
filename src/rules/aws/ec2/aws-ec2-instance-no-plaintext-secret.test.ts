import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { awsEc2InstanceNoPlaintextSecret } from './aws-ec2-instance-no-plaintext-secret.js'

// A node after the scanner (or the reader) looked at it and found nothing: `secretsFound` is present.
const node: NodeInput = {
  id: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0abc',
  kind: 'aws.ec2.instance',
  family: 'vm',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'ops-runner',
  props: { secretsFound: [] },
}
const leaked = { ...node, insights: [insightOf('has-plaintext-secret', { kinds: ['aws-access-key'], locations: ['/home/ops/.aws/credentials'] })] }

describe('aws-ec2-instance-no-plaintext-secret', () => {
  it('is healthy when the scan found no credential', () => {
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, node)).toMatchObject({ status: 'healthy' })
  })
  it('is unhealthy when a scanner reported a plaintext credential, naming its kind and place', () => {
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, leaked)).toMatchObject({ status: 'unhealthy', details: { kinds: ['aws-access-key'] } })
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, leaked).message).toContain('aws-access-key')
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, leaked).message).toContain('/home/ops/.aws/credentials')
  })
  it('is unhealthy on the insight even without scan props', () => {
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, withProps(leaked, { secretsFound: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when no scan result is in the input', () => {
    expect(evaluateRule(awsEc2InstanceNoPlaintextSecret, withProps(node, { secretsFound: undefined })).status).toBe('unknown')
  })
})
