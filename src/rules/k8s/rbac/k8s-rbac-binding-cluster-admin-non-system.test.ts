import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacBindingClusterAdminNonSystem } from './k8s-rbac-binding-cluster-admin-non-system.js'
import { clusterRoleBinding } from './fixtures.js'

const system = clusterRoleBinding('cluster-admin', 'cluster-admin', [{ kind: 'Group', name: 'system:masters', id: 'k8s://prod/_/group/system:masters' }])

describe('k8s-rbac-binding-cluster-admin-non-system', () => {
  it('is healthy when cluster-admin goes to system:masters only', () => {
    expect(evaluateRule(k8sRbacBindingClusterAdminNonSystem, system).status).toBe('healthy')
  })
  it('is unhealthy when a service account holds cluster-admin, naming it', () => {
    const binding = clusterRoleBinding('ci-admin', 'cluster-admin', [{ kind: 'ServiceAccount', name: 'deployer', namespace: 'ci', id: 'k8s://prod/ci/serviceaccount/deployer' }])
    expect(evaluateRule(k8sRbacBindingClusterAdminNonSystem, binding)).toMatchObject({ status: 'unhealthy', message: 'binding `ci-admin` grants cluster-admin to ServiceAccount ci/deployer' })
  })
  it('is not applicable for a binding of another role', () => {
    expect(evaluateRule(k8sRbacBindingClusterAdminNonSystem, clusterRoleBinding('viewers', 'view', [{ kind: 'Group', name: 'devs' }])).status).toBe('not-applicable')
  })
  it('is unknown when the subjects are not in the input', () => {
    expect(evaluateRule(k8sRbacBindingClusterAdminNonSystem, withProps(system, { subjects: undefined })).status).toBe('unknown')
  })
})
