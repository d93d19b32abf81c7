import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sNamespaceDefaultDenyIngress } from './k8s-namespace-default-deny-ingress.js'
import { ALLOW_WEB, DENY_ALL, NAMESPACE, around, policy } from './fixtures.js'

describe('k8s-namespace-default-deny-ingress', () => {
  it('is healthy with a default-deny policy', () => {
    expect(evaluateRule(k8sNamespaceDefaultDenyIngress, NAMESPACE, around([DENY_ALL, ALLOW_WEB]))).toMatchObject({
      status: 'healthy',
      message: 'namespace `shop` denies ingress by default (`shop/default-deny`)',
    })
  })
  it('is unhealthy with allow policies only', () => {
    expect(evaluateRule(k8sNamespaceDefaultDenyIngress, NAMESPACE, around([ALLOW_WEB]))).toMatchObject({ status: 'unhealthy', message: 'namespace `shop` has no default-deny ingress NetworkPolicy' })
  })
  it('is unhealthy when the all-pods policy allows traffic', () => {
    const allowAll = policy('allow-all', { ingress: [{}] })
    expect(evaluateRule(k8sNamespaceDefaultDenyIngress, NAMESPACE, around([allowAll])).status).toBe('unhealthy')
  })
  it('is not applicable without workloads', () => {
    expect(evaluateRule(k8sNamespaceDefaultDenyIngress, NAMESPACE, around([], false)).status).toBe('not-applicable')
  })
})
