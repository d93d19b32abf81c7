import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacBindingDefaultServiceAccount } from './k8s-rbac-binding-default-service-account.js'
import { clusterRoleBinding } from './fixtures.js'

const sa = (namespace: string, name: string) => ({ kind: 'ServiceAccount', name, namespace, id: `k8s://prod/${namespace}/serviceaccount/${name}` })

describe('k8s-rbac-binding-default-service-account', () => {
  it('is healthy for a dedicated service account', () => {
    expect(evaluateRule(k8sRbacBindingDefaultServiceAccount, clusterRoleBinding('web-view', 'view', [sa('shop', 'web')])).status).toBe('healthy')
  })
  it('is unhealthy for a default service account', () => {
    expect(evaluateRule(k8sRbacBindingDefaultServiceAccount, clusterRoleBinding('shop-edit', 'edit', [sa('shop', 'default')]))).toMatchObject({
      status: 'unhealthy',
      message: 'binding `shop-edit` grants edit to the default service account shop/default',
    })
  })
  it('is not applicable to Kubernetes default bindings', () => {
    expect(evaluateRule(k8sRbacBindingDefaultServiceAccount, clusterRoleBinding('system:controller:x', 'system:controller:x', [sa('kube-system', 'default')])).status).toBe('not-applicable')
  })
  it('is unknown without subjects', () => {
    expect(evaluateRule(k8sRbacBindingDefaultServiceAccount, withProps(clusterRoleBinding('x', 'view', []), { subjects: undefined })).status).toBe('unknown')
  })
})
