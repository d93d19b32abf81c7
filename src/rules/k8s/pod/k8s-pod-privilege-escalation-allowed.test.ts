import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodPrivilegeEscalationAllowed } from './k8s-pod-privilege-escalation-allowed.js'
import { DEPLOYMENT, POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-privilege-escalation-allowed', () => {
  it('is healthy when every container sets allowPrivilegeEscalation: false', () => {
    expect(evaluateRule(k8sPodPrivilegeEscalationAllowed, POD).status).toBe('healthy')
  })
  it('is unhealthy when a container leaves it unset (the default allows it)', () => {
    const pod = withSpec(POD, { containers: [container({ name: 'sidecar', allowPrivilegeEscalation: undefined })] })
    expect(evaluateRule(k8sPodPrivilegeEscalationAllowed, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` allows privilege escalation in sidecar' })
  })
  it('is unhealthy for a privileged container even when the flag is false', () => {
    const deployment = withSpec(DEPLOYMENT, { containers: [container({ privileged: true })] })
    expect(evaluateRule(k8sPodPrivilegeEscalationAllowed, deployment).status).toBe('unhealthy')
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodPrivilegeEscalationAllowed, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
