import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleCreatePods } from './k8s-rbac-role-create-pods.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-create-pods', () => {
  it('is healthy for a read-only role', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, clusterRole('narrow', [{ apiGroups: [''], resources: ['pods'], resourceNames: ['debug'], verbs: ['create'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, clusterRole('ops', [{ apiGroups: [''], resources: ['pods'], verbs: ['create', 'delete'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can create pods' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['pods'], verbs: ['create', 'delete'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleCreatePods, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
