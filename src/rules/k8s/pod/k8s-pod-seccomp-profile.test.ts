import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodSeccompProfile } from './k8s-pod-seccomp-profile.js'
import { DEPLOYMENT, POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

const noProfile = rawContainer({ securityContext: { runAsNonRoot: true } })

describe('k8s-pod-seccomp-profile', () => {
  it('is healthy with RuntimeDefault on the pod', () => {
    expect(evaluateRule(k8sPodSeccompProfile, withRawSpec(POD, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } }, containers: [noProfile] })).status).toBe('healthy')
  })
  it('is healthy with the legacy pod annotation on a deployment template', () => {
    const deployment = withRawSpec(DEPLOYMENT, { containers: [noProfile] }, { 'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default' })
    expect(evaluateRule(k8sPodSeccompProfile, deployment).status).toBe('healthy')
  })
  it('is unhealthy without any profile', () => {
    expect(evaluateRule(k8sPodSeccompProfile, withRawSpec(DEPLOYMENT, { containers: [noProfile] }))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` runs app without a seccomp profile (Unconfined)',
    })
  })
  it('is unhealthy when a container overrides the pod profile with Unconfined', () => {
    const spec = { ...RAW_SPEC, containers: [rawContainer({ securityContext: { seccompProfile: { type: 'Unconfined' } } })] }
    expect(evaluateRule(k8sPodSeccompProfile, withRawSpec(POD, spec)).status).toBe('unhealthy')
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodSeccompProfile, POD).status).toBe('unknown')
  })
})
