import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodPrivilegedContainer } from './k8s-pod-privileged-container.js'
import { DEPLOYMENT, POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-privileged-container', () => {
  it('is healthy for a hardened pod', () => {
    expect(evaluateRule(k8sPodPrivilegedContainer, POD).status).toBe('healthy')
  })
  it('is unhealthy for a privileged container, naming it', () => {
    const pod = withSpec(POD, { privileged: true, containers: [container({ name: 'shipper', privileged: true })] })
    expect(evaluateRule(k8sPodPrivilegedContainer, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` runs privileged container shipper' })
  })
  it('reads a deployment through its pod template', () => {
    const deployment = withSpec(DEPLOYMENT, { containers: [container({ privileged: true })] })
    expect(evaluateRule(k8sPodPrivilegedContainer, deployment).status).toBe('unhealthy')
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodPrivilegedContainer, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
