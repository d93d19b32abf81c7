import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleBindEscalateImpersonate } from './k8s-rbac-role-bind-escalate-impersonate.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-bind-escalate-impersonate', () => {
  it('is healthy for a read-only role', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, clusterRole('narrow', [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: ['get', 'list', 'create'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, clusterRole('ops', [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can impersonate serviceaccounts' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['impersonate'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleBindEscalateImpersonate, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
