import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodApparmorNotUnconfined } from './k8s-pod-apparmor-not-unconfined.js'
import { DEPLOYMENT, POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-apparmor-not-unconfined', () => {
  it('is healthy with the runtime default', () => {
    expect(evaluateRule(k8sPodApparmorNotUnconfined, withRawSpec(POD, RAW_SPEC)).status).toBe('healthy')
  })
  it('is unhealthy with the unconfined annotation on a deployment template', () => {
    const deployment = withRawSpec(DEPLOYMENT, RAW_SPEC, { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' })
    expect(evaluateRule(k8sPodApparmorNotUnconfined, deployment)).toMatchObject({ status: 'unhealthy', message: 'deployment `shop/web` runs app AppArmor-unconfined' })
  })
  it('is unhealthy with appArmorProfile Unconfined on the pod', () => {
    const spec = { securityContext: { appArmorProfile: { type: 'Unconfined' } }, containers: [rawContainer()] }
    expect(evaluateRule(k8sPodApparmorNotUnconfined, withRawSpec(POD, spec)).status).toBe('unhealthy')
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodApparmorNotUnconfined, POD).status).toBe('unknown')
  })
})
