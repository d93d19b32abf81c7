import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodHostNetwork } from './k8s-pod-host-network.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-host-network', () => {
  it('is healthy when hostNetwork is false', () => {
    expect(evaluateRule(k8sPodHostNetwork, POD).status).toBe('healthy')
  })
  it('is unhealthy when hostNetwork is true', () => {
    expect(evaluateRule(k8sPodHostNetwork, withSpec(POD, { hostNetwork: true }))).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` uses the node network namespace (hostNetwork)' })
  })
  it('is unhealthy for a deployment whose template sets hostNetwork', () => {
    expect(evaluateRule(k8sPodHostNetwork, withSpec(DEPLOYMENT, { hostNetwork: true })).status).toBe('unhealthy')
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodHostNetwork, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
