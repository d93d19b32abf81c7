import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEksClusterAuditLogging } from './aws-eks-cluster-audit-logging.js'
import { CLUSTER } from './fixtures.js'

describe('aws-eks-cluster-audit-logging', () => {
  it('is healthy with every log type', () => {
    expect(evaluateRule(awsEksClusterAuditLogging, CLUSTER)).toMatchObject({ status: 'healthy', message: 'cluster `shop` logs audit events and every other control plane log' })
  })
  it('is unhealthy without the audit log', () => {
    expect(evaluateRule(awsEksClusterAuditLogging, withProps(CLUSTER, { loggingEnabledTypes: ['api'] }))).toMatchObject({ status: 'unhealthy', message: 'cluster `shop` does not log audit events (enabled: api)' })
  })
  it('is unknown without the logging config', () => {
    expect(evaluateRule(awsEksClusterAuditLogging, withProps(CLUSTER, { loggingEnabledTypes: undefined })).status).toBe('unknown')
  })
})
