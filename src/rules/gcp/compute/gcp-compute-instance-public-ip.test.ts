import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstancePublicIp } from './gcp-compute-instance-public-ip.js'
import { INSTANCE } from './instance-fixture.js'

describe('gcp-compute-instance-public-ip', () => {
  it('is healthy without an external address', () => {
    expect(evaluateRule(gcpComputeInstancePublicIp, withProps(INSTANCE, { hasExternalIp: false, externalIps: [] })).status).toBe('healthy')
  })
  it('is unhealthy with an external address, naming it', () => {
    expect(evaluateRule(gcpComputeInstancePublicIp, withProps(INSTANCE, { hasExternalIp: true, externalIps: ['203.0.113.7'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `app-1` has an external IP address (203.0.113.7)',
    })
  })
  it('is not applicable to GKE node VMs', () => {
    expect(evaluateRule(gcpComputeInstancePublicIp, { ...withProps(INSTANCE, { hasExternalIp: true }), name: 'gke-prod-pool-1-abcd' }).status).toBe('not-applicable')
  })
  it('is unknown when the network interfaces were not read', () => {
    expect(evaluateRule(gcpComputeInstancePublicIp, INSTANCE).status).toBe('unknown')
  })
})
