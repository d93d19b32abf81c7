import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleReadsSecrets } from './k8s-rbac-role-reads-secrets.js'
import { clusterRole, role } from './fixtures.js'

const reader = role('shop', 'pod-reader', [{ apiGroups: [''], resources: ['pods', 'configmaps'], verbs: ['get', 'list'] }])

describe('k8s-rbac-role-reads-secrets', () => {
  it('is healthy when the role reads no secrets', () => {
    expect(evaluateRule(k8sRbacRoleReadsSecrets, reader).status).toBe('healthy')
  })
  it('is healthy when it reads only named secrets', () => {
    expect(evaluateRule(k8sRbacRoleReadsSecrets, role('shop', 'tls', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['web-tls'], verbs: ['get'] }])).status).toBe('healthy')
  })
  it('is unhealthy when a cluster role lists secrets', () => {
    const lister = clusterRole('secret-lister', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }])
    expect(evaluateRule(k8sRbacRoleReadsSecrets, lister)).toMatchObject({ status: 'unhealthy', message: 'cluster role `secret-lister` can read every secret of its scope' })
  })
  it('is unhealthy for wildcard verbs on every core resource', () => {
    expect(evaluateRule(k8sRbacRoleReadsSecrets, clusterRole('ops', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to system roles', () => {
    expect(evaluateRule(k8sRbacRoleReadsSecrets, clusterRole('system:controller:namespace-controller', [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleReadsSecrets, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
