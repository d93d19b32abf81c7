import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRolePodsExec } from './k8s-rbac-role-pods-exec.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-pods-exec', () => {
  it('is healthy for a read-only role', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, clusterRole('narrow', [{ apiGroups: [''], resources: ['pods/log'], verbs: ['get'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, clusterRole('ops', [{ apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can open a shell through pods/exec, pods/attach' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRolePodsExec, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
