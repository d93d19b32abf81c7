import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2SecurityGroupDatabasePortsOpenToInternet } from './aws-ec2-security-group-database-ports-open-to-internet.js'
import { SECURITY_GROUP, permission } from './fixtures.js'

describe('aws-ec2-security-group-database-ports-open-to-internet', () => {
  it('is healthy when PostgreSQL is open to a private range only', () => {
    expect(evaluateRule(awsEc2SecurityGroupDatabasePortsOpenToInternet, SECURITY_GROUP).status).toBe('healthy')
  })
  it('is unhealthy when MySQL is open to 0.0.0.0/0, naming engine and port', () => {
    const open = withProps(SECURITY_GROUP, { ingressRules: [permission(3306, 3306, ['0.0.0.0/0'])] })
    expect(evaluateRule(awsEc2SecurityGroupDatabasePortsOpenToInternet, open)).toMatchObject({ status: 'unhealthy', message: 'security group `web` exposes MySQL 3306 (tcp 3306 from 0.0.0.0/0)' })
  })
  it('is unknown without the ingress rules', () => {
    expect(evaluateRule(awsEc2SecurityGroupDatabasePortsOpenToInternet, withProps(SECURITY_GROUP, { ingressRules: undefined })).status).toBe('unknown')
  })
})
