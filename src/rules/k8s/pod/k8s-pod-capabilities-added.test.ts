import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodCapabilitiesAdded } from './k8s-pod-capabilities-added.js'
import { DEPLOYMENT, POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-capabilities-added', () => {
  it('is healthy when containers add no capability', () => {
    expect(evaluateRule(k8sPodCapabilitiesAdded, POD).status).toBe('healthy')
  })
  it('is healthy when a container adds only NET_BIND_SERVICE', () => {
    expect(evaluateRule(k8sPodCapabilitiesAdded, withSpec(POD, { containers: [container({ capabilitiesAdd: ['NET_BIND_SERVICE'] })] })).status).toBe('healthy')
  })
  it('is unhealthy when a container adds SYS_ADMIN, naming container and capability', () => {
    const pod = withSpec(POD, { containers: [container(), container({ name: 'agent', capabilitiesAdd: ['SYS_ADMIN', 'NET_BIND_SERVICE'] })] })
    expect(evaluateRule(k8sPodCapabilitiesAdded, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` adds capabilities agent: SYS_ADMIN' })
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodCapabilitiesAdded, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
