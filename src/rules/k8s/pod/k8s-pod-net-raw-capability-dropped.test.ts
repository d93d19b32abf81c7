import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodNetRawCapabilityDropped } from './k8s-pod-net-raw-capability-dropped.js'
import { POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-net-raw-capability-dropped', () => {
  it('is healthy when every container drops ALL', () => {
    expect(evaluateRule(k8sPodNetRawCapabilityDropped, POD).status).toBe('healthy')
  })
  it('is healthy when NET_RAW is dropped by name', () => {
    expect(evaluateRule(k8sPodNetRawCapabilityDropped, withSpec(POD, { containers: [container({ capabilitiesDrop: ['NET_RAW'] })] })).status).toBe('healthy')
  })
  it('is unhealthy when a container drops nothing', () => {
    const pod = withSpec(POD, { containers: [container(), container({ name: 'sidecar', capabilitiesDrop: [] })] })
    expect(evaluateRule(k8sPodNetRawCapabilityDropped, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` keeps NET_RAW in sidecar' })
  })
  it('is unhealthy when NET_RAW is added back', () => {
    expect(evaluateRule(k8sPodNetRawCapabilityDropped, withSpec(POD, { containers: [container({ capabilitiesAdd: ['CAP_NET_RAW'] })] })).status).toBe('unhealthy')
  })
  it('is unknown without containers', () => {
    expect(evaluateRule(k8sPodNetRawCapabilityDropped, withSpec(POD, { containers: [] })).status).toBe('unknown')
  })
})
