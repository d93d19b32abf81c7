import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2NetworkAclAdminPortsOpenToInternet } from './aws-ec2-network-acl-admin-ports-open-to-internet.js'
import { NETWORK_ACL, aclEntry } from './fixtures.js'

describe('aws-ec2-network-acl-admin-ports-open-to-internet', () => {
  it('is healthy when SSH is allowed from a private range only', () => {
    expect(evaluateRule(awsEc2NetworkAclAdminPortsOpenToInternet, NETWORK_ACL).status).toBe('healthy')
  })
  it('is unhealthy with the default allow-all entry', () => {
    const open = withProps(NETWORK_ACL, { entries: [aclEntry(100, 'allow', 0, 65535, '0.0.0.0/0', 'all'), aclEntry(32767, 'deny', 0, 65535, '0.0.0.0/0', 'all')] })
    expect(evaluateRule(awsEc2NetworkAclAdminPortsOpenToInternet, open)).toMatchObject({ status: 'unhealthy', message: 'network ACL `acl-0123456789abcdef0` allows 22 from 0.0.0.0/0 (entry 100), 3389 from 0.0.0.0/0 (entry 100)' })
  })
  it('is healthy when an earlier entry denies the ports', () => {
    const denied = withProps(NETWORK_ACL, {
      entries: [aclEntry(100, 'allow', 0, 65535, '0.0.0.0/0', 'all'), aclEntry(50, 'deny', 22, 22), aclEntry(60, 'deny', 3389, 3389)],
    })
    expect(evaluateRule(awsEc2NetworkAclAdminPortsOpenToInternet, denied).status).toBe('healthy')
  })
  it('is unknown without the entries', () => {
    expect(evaluateRule(awsEc2NetworkAclAdminPortsOpenToInternet, withProps(NETWORK_ACL, { entries: undefined })).status).toBe('unknown')
  })
})
