import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodResourceLimits } from './k8s-pod-resource-limits.js'
import { DEPLOYMENT, POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-resource-limits', () => {
  it('is healthy when every container has CPU and memory limits', () => {
    expect(evaluateRule(k8sPodResourceLimits, withRawSpec(DEPLOYMENT, RAW_SPEC)).status).toBe('healthy')
  })
  it('is unhealthy when a container has no memory limit', () => {
    const spec = { containers: [rawContainer(), rawContainer({ name: 'worker', resources: { limits: { cpu: '1' } } })] }
    expect(evaluateRule(k8sPodResourceLimits, withRawSpec(POD, spec))).toMatchObject({
      status: 'unhealthy',
      message: 'pod `shop/web-7d9f8-abcde` runs worker (no memory limit)',
    })
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodResourceLimits, DEPLOYMENT).status).toBe('unknown')
  })
})
