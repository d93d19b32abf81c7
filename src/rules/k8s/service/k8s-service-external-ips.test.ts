import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sServiceExternalIps } from './k8s-service-external-ips.js'
import { SERVICE } from './fixtures.js'

describe('k8s-service-external-ips', () => {
  it('is healthy without external IPs', () => {
    expect(evaluateRule(k8sServiceExternalIps, SERVICE).status).toBe('healthy')
  })
  it('is unhealthy with external IPs', () => {
    expect(evaluateRule(k8sServiceExternalIps, withProps(SERVICE, { externalIPs: ["203.0.113.10"] }))).toMatchObject({ status: 'unhealthy', message: 'service `shop/web` claims external IP 203.0.113.10' })
  })
  it('is unknown when not in the input', () => {
    expect(evaluateRule(k8sServiceExternalIps, withProps(SERVICE, { externalIPs: undefined })).status).toBe('unknown')
  })
})
