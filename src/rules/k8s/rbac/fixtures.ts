/** @module Role and binding nodes as the Kubernetes reader (providers/kubernetes/k8s-rbac.ts) normalizes them. */
import type { JsonObject, NodeInput } from '../../../model/graph-types.js'

export function clusterRole(name: string, rules: JsonObject[]): NodeInput {
  return {
    id: `k8s://prod/_/clusterrole/${name}`,
    kind: 'k8s.clusterrole',
    family: 'role-definition',
    provider: 'kubernetes',
    scope: 'k8s://prod',
    name,
    props: { cluster: 'prod', k8sKind: 'ClusterRole', rules },
  }
}

export function role(namespace: string, name: string, rules: JsonObject[]): NodeInput {
  return {
    id: `k8s://prod/${namespace}/role/${name}`,
    kind: 'k8s.role',
    family: 'role-definition',
    provider: 'kubernetes',
    scope: 'k8s://prod',
    name: `${namespace}/${name}`,
    props: { cluster: 'prod', namespace, k8sKind: 'Role', rules },
  }
}

export function clusterRoleBinding(name: string, roleName: string, subjects: JsonObject[]): NodeInput {
  return {
    id: `k8s://prod/_/clusterrolebinding/${name}`,
    kind: 'k8s.clusterrolebinding',
    family: 'k8s-rbac',
    provider: 'kubernetes',
    scope: 'k8s://prod',
    name,
    props: {
      cluster: 'prod',
      k8sKind: 'ClusterRoleBinding',
      roleRef: { kind: 'ClusterRole', name: roleName, apiGroup: 'rbac.authorization.k8s.io' },
      roleRefId: `k8s://prod/_/clusterrole/${roleName}`,
      subjects,
    },
  }
}
