import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSecretmanagerSecretRotationScheduled } from './gcp-secretmanager-secret-rotation-scheduled.js'

const secret: NodeInput = {
  id: '//secretmanager.googleapis.com/projects/123456789012/secrets/db-password',
  kind: 'gcp.secretmanager.secret',
  family: 'secret',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'db-password',
  props: { replication: 'automatic', rotationPeriod: '7776000s', topics: ['projects/demo-proj/topics/rotate'], config: { name: 'projects/123456789012/secrets/db-password' } },
}

describe('gcp-secretmanager-secret-rotation-scheduled', () => {
  it('is healthy with a 90-day rotation', () => {
    expect(evaluateRule(gcpSecretmanagerSecretRotationScheduled, secret)).toMatchObject({ status: 'healthy', message: 'secret `db-password` rotates every 90 days' })
  })
  it('is unhealthy without a rotation schedule', () => {
    expect(evaluateRule(gcpSecretmanagerSecretRotationScheduled, withProps(secret, { rotationPeriod: undefined }))).toMatchObject({ status: 'unhealthy', message: 'secret `db-password` has no rotation schedule' })
  })
  it('is unknown without the secret document', () => {
    expect(evaluateRule(gcpSecretmanagerSecretRotationScheduled, withProps(secret, { rotationPeriod: undefined, config: undefined })).status).toBe('unknown')
  })
})
