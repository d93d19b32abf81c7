import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleNodeProxy } from './k8s-rbac-role-node-proxy.js'
import { clusterRole, role } from './fixtures.js'

const reader = clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-node-proxy', () => {
  it('is healthy for a read-only cluster role', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, clusterRole('narrow', [{ apiGroups: [''], resources: ['nodes/metrics', 'nodes/stats'], verbs: ['get'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, clusterRole('ops', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can reach the kubelet API through nodes/proxy' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }])).status).toBe('not-applicable')
  })
  it('is not applicable to a namespaced Role (cluster-scoped resource)', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, role('shop', 'r', [{ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleNodeProxy, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
