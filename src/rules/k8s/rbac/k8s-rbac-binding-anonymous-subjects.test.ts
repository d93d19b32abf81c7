import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sRbacBindingAnonymousSubjects } from './k8s-rbac-binding-anonymous-subjects.js'
import { clusterRoleBinding } from './fixtures.js'

const group = (name: string) => ({ kind: 'Group', name, apiGroup: 'rbac.authorization.k8s.io', id: `k8s://prod/_/group/${name}` })

describe('k8s-rbac-binding-anonymous-subjects', () => {
  it('is healthy for a binding to a named group', () => {
    expect(evaluateRule(k8sRbacBindingAnonymousSubjects, clusterRoleBinding('devs-view', 'view', [group('devs')])).status).toBe('healthy')
  })
  it('is unhealthy when view is granted to every authenticated user', () => {
    expect(evaluateRule(k8sRbacBindingAnonymousSubjects, clusterRoleBinding('all-view', 'view', [group('system:authenticated')]))).toMatchObject({
      status: 'unhealthy',
      message: 'binding `all-view` grants view to system:authenticated',
    })
  })
  it('is unhealthy for the anonymous user', () => {
    const binding = clusterRoleBinding('anon', 'cluster-admin', [{ kind: 'User', name: 'system:anonymous', id: 'k8s://prod/_/user/system:anonymous' }])
    expect(evaluateRule(k8sRbacBindingAnonymousSubjects, binding).status).toBe('unhealthy')
  })
  it('is not applicable to the default public-info-viewer binding', () => {
    const binding = clusterRoleBinding('system:public-info-viewer', 'system:public-info-viewer', [group('system:authenticated'), group('system:unauthenticated')])
    expect(evaluateRule(k8sRbacBindingAnonymousSubjects, binding).status).toBe('not-applicable')
  })
  it('is unknown without subjects', () => {
    expect(evaluateRule(k8sRbacBindingAnonymousSubjects, withProps(clusterRoleBinding('x', 'view', []), { subjects: undefined })).status).toBe('unknown')
  })
})
