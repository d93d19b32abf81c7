import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sNamespaceNetworkPolicy } from './k8s-namespace-network-policy.js'
import { ALLOW_WEB, NAMESPACE, around } from './fixtures.js'

describe('k8s-namespace-network-policy', () => {
  it('is healthy with a policy', () => {
    expect(evaluateRule(k8sNamespaceNetworkPolicy, NAMESPACE, around([ALLOW_WEB]))).toMatchObject({ status: 'healthy', message: 'namespace `shop` has 1 NetworkPolicy' })
  })
  it('is unhealthy with workloads and no policy', () => {
    expect(evaluateRule(k8sNamespaceNetworkPolicy, NAMESPACE, around([]))).toMatchObject({
      status: 'unhealthy',
      message: 'namespace `shop` runs 1 workload with no NetworkPolicy: every pod of the cluster can reach them',
    })
  })
  it('is not applicable to a namespace without workloads', () => {
    expect(evaluateRule(k8sNamespaceNetworkPolicy, NAMESPACE, around([], false)).status).toBe('not-applicable')
  })
})
