import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sNamespacePodSecurityEnforced } from './k8s-namespace-pod-security-enforced.js'
import { NAMESPACE } from './fixtures.js'

const unlabelled = { ...withProps(NAMESPACE, { podSecurityEnforce: undefined }), tags: {} }

describe('k8s-namespace-pod-security-enforced', () => {
  it('is healthy when restricted is enforced', () => {
    expect(evaluateRule(k8sNamespacePodSecurityEnforced, NAMESPACE).status).toBe('healthy')
  })
  it('is unhealthy without the label', () => {
    expect(evaluateRule(k8sNamespacePodSecurityEnforced, unlabelled)).toMatchObject({ status: 'unhealthy', message: 'namespace `shop` enforces no Pod Security Standard' })
  })
  it('is unhealthy when the privileged level is enforced', () => {
    const privileged = { ...withProps(NAMESPACE, { podSecurityEnforce: 'privileged' }), tags: { 'pod-security.kubernetes.io/enforce': 'privileged' } }
    expect(evaluateRule(k8sNamespacePodSecurityEnforced, privileged)).toMatchObject({ status: 'unhealthy', message: 'namespace `shop` enforces the privileged level, which admits any pod' })
  })
  it('is not applicable to kube-system', () => {
    expect(evaluateRule(k8sNamespacePodSecurityEnforced, { ...unlabelled, id: 'k8s://prod/_/namespace/kube-system', name: 'kube-system' }).status).toBe('not-applicable')
  })
})
