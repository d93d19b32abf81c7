import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleServiceAccountTokenCreate } from './k8s-rbac-role-service-account-token-create.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-service-account-token-create', () => {
  it('is healthy for a read-only role', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, clusterRole('narrow', [{ apiGroups: [''], resources: ['serviceaccounts'], verbs: ['create'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, clusterRole('ops', [{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can mint tokens through serviceaccounts/token' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleServiceAccountTokenCreate, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
