import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleCsrApproval } from './k8s-rbac-role-csr-approval.js'
import { clusterRole, role } from './fixtures.js'

const reader = clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-csr-approval', () => {
  it('is healthy for a read-only cluster role', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, clusterRole('narrow', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests'], verbs: ['create', 'get'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, clusterRole('ops', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can approve certificates through certificatesigningrequests/approval' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, clusterRole('system:controller:ops', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }])).status).toBe('not-applicable')
  })
  it('is not applicable to a namespaced Role (cluster-scoped resource)', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, role('shop', 'r', [{ apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleCsrApproval, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
