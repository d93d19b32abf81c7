import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsClusterDeletionProtection } from './aws-rds-cluster-deletion-protection.js'
import { DB_CLUSTER } from './fixtures.js'

describe('aws-rds-cluster-deletion-protection', () => {
  it('is healthy with deletion protection', () => {
    expect(evaluateRule(awsRdsClusterDeletionProtection, DB_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsRdsClusterDeletionProtection, withProps(DB_CLUSTER, { deletionProtection: false })).status).toBe('unhealthy')
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsRdsClusterDeletionProtection, withProps(DB_CLUSTER, { deletionProtection: undefined })).status).toBe('unknown')
  })
})
