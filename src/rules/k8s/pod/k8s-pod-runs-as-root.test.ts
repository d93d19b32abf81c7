import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodRunsAsRoot } from './k8s-pod-runs-as-root.js'
import { POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-runs-as-root', () => {
  it('is healthy when every container runs as non-root', () => {
    expect(evaluateRule(k8sPodRunsAsRoot, POD).status).toBe('healthy')
  })
  it('is unhealthy when a container runs as UID 0', () => {
    const pod = withSpec(POD, { containers: [container({ name: 'debug', runAsNonRoot: false, runAsUser: 0 })] })
    expect(evaluateRule(k8sPodRunsAsRoot, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` runs debug as UID 0' })
  })
  it('is unhealthy when nothing forbids root', () => {
    const pod = withSpec(POD, { containers: [container({ runAsNonRoot: undefined, runAsUser: undefined })] })
    expect(evaluateRule(k8sPodRunsAsRoot, pod).status).toBe('unhealthy')
  })
  it('is unknown without containers', () => {
    expect(evaluateRule(k8sPodRunsAsRoot, withSpec(POD, { containers: [] })).status).toBe('unknown')
  })
})
