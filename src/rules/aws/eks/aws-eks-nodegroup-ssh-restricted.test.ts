import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEksNodegroupSshRestricted } from './aws-eks-nodegroup-ssh-restricted.js'
import { NODEGROUP } from './fixtures.js'

describe('aws-eks-nodegroup-ssh-restricted', () => {
  it('is healthy without remote access', () => {
    expect(evaluateRule(awsEksNodegroupSshRestricted, NODEGROUP).status).toBe('healthy')
  })
  it('is unhealthy with a key and no source groups', () => {
    expect(evaluateRule(awsEksNodegroupSshRestricted, withProps(NODEGROUP, { sshKey: 'ops' }))).toMatchObject({ status: 'unhealthy', message: 'node group `general` allows SSH with key ops from any address' })
  })
  it('is healthy with a key limited to source groups', () => {
    const limited = withProps(NODEGROUP, { sshKey: 'ops', remoteAccessSourceSecurityGroups: ['arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1'] })
    expect(evaluateRule(awsEksNodegroupSshRestricted, limited).status).toBe('healthy')
  })
})
