import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacRoleCreatePersistentVolumes } from './k8s-rbac-role-create-persistent-volumes.js'
import { clusterRole, role } from './fixtures.js'

const reader = clusterRole('pod-reader', [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }])

describe('k8s-rbac-role-create-persistent-volumes', () => {
  it('is healthy for a read-only cluster role', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, reader).status).toBe('healthy')
  })
  it('is healthy when the rule is narrowed', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, clusterRole('narrow', [{ apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ['create'] }])).status).toBe('healthy')
  })
  it('is unhealthy when the cluster role grants it, naming what', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, clusterRole('ops', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }]))).toMatchObject({ status: 'unhealthy', message: 'cluster role `ops` can create persistentvolumes' })
  })
  it('is unhealthy through wildcards', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, clusterRole('ops-all', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])).status).toBe('unhealthy')
  })
  it('is not applicable to Kubernetes default roles', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, clusterRole('system:controller:ops', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }])).status).toBe('not-applicable')
  })
  it('is not applicable to a namespaced Role (cluster-scoped resource)', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, role('shop', 'r', [{ apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }])).status).toBe('not-applicable')
  })
  it('is unknown without rules', () => {
    expect(evaluateRule(k8sRbacRoleCreatePersistentVolumes, withProps(reader, { rules: undefined })).status).toBe('unknown')
  })
})
