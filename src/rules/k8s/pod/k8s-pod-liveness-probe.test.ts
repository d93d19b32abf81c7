import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodLivenessProbe } from './k8s-pod-liveness-probe.js'
import { DEPLOYMENT, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-liveness-probe', () => {
  it('is healthy when every container has a liveness probe', () => {
    expect(evaluateRule(k8sPodLivenessProbe, withRawSpec(DEPLOYMENT, RAW_SPEC)).status).toBe('healthy')
  })
  it('is unhealthy when a container has none (init containers aside)', () => {
    const spec = { initContainers: [rawContainer({ name: 'migrate', livenessProbe: undefined })], containers: [rawContainer(), rawContainer({ name: 'worker', livenessProbe: undefined })] }
    expect(evaluateRule(k8sPodLivenessProbe, withRawSpec(DEPLOYMENT, spec))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` has no liveness probe on worker',
    })
  })
  it('is not applicable to jobs', () => {
    const job: NodeInput = { ...DEPLOYMENT, id: 'k8s://prod/shop/job/migrate', kind: 'k8s.job', name: 'shop/migrate' }
    expect(evaluateRule(k8sPodLivenessProbe, job).status).toBe('not-applicable')
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodLivenessProbe, DEPLOYMENT).status).toBe('unknown')
  })
})
