import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleWildcardPermissions } from './k8s-rbac-role-wildcard-permissions.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }])

describe('k8s-rbac-role-wildcard-permissions', () => {
  it('is healthy when the role names verbs and resources', () => {
    expect(evaluateRule(k8sRbacRoleWildcardPermissions, reader).status).toBe('healthy')
  })
  it('is unhealthy for a wildcard verb, showing the rule', () => {
    const broad = clusterRole('ops-all', [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['*'] }])
    expect(evaluateRule(k8sRbacRoleWildcardPermissions, broad)).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops-all` grants wildcard permissions: * on deployments' })
  })
  it('is unhealthy for a wildcard resource in a namespaced role', () => {
    expect(evaluateRule(k8sRbacRoleWildcardPermissions, role('shop', 'all', [{ apiGroups: [''], resources: ['*'], verbs: ['get'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to the built-in cluster-admin role', () => {
    expect(evaluateRule(k8sRbacRoleWildcardPermissions, clusterRole('cluster-admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleWildcardPermissions, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
