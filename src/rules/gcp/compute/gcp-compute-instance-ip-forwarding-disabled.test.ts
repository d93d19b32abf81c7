import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceIpForwardingDisabled } from './gcp-compute-instance-ip-forwarding-disabled.js'
import { INSTANCE } from './instance-fixture.js'

describe('gcp-compute-instance-ip-forwarding-disabled', () => {
  it('is healthy when canIpForward is false', () => {
    expect(evaluateRule(gcpComputeInstanceIpForwardingDisabled, withProps(INSTANCE, { canIpForward: false })).status).toBe('healthy')
  })
  it('is unhealthy when the instance forwards packets', () => {
    expect(evaluateRule(gcpComputeInstanceIpForwardingDisabled, withProps(INSTANCE, { canIpForward: true }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `app-1` forwards IP packets (canIpForward is true)',
    })
  })
  it('is not applicable to GKE node VMs', () => {
    const node = { ...withProps(INSTANCE, { canIpForward: true }), tags: { 'goog-gke-node': '' } }
    expect(evaluateRule(gcpComputeInstanceIpForwardingDisabled, node).status).toBe('not-applicable')
  })
  it('is unknown without the setting or the resource document', () => {
    expect(evaluateRule(gcpComputeInstanceIpForwardingDisabled, INSTANCE).status).toBe('unknown')
  })
})
