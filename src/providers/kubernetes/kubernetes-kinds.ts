/** @module Node kinds the Kubernetes adapters emit (coverage report and docs). */
import type { KindInfo } from '../shared/kind-info.js'

export const KUBERNETES_KINDS = {
  'k8s.cluster': { family: 'k8s-cluster', description: 'Cluster seen through its objects (`k8s://<cluster>`)' },
  'k8s.namespace': { family: 'k8s-namespace', description: 'Namespace' },
  'k8s.node': { family: 'k8s-node', description: 'Node, linked to its cloud VM by spec.providerID' },
  'k8s.pod': { family: 'pod', description: 'Pod with normalized containers, host namespaces and volumes' },
  'k8s.container': { family: 'container', description: 'Container of a pod (init and ephemeral included)' },
  'container.image': { family: 'container-image', description: 'Container image, keyed `image://<repo>:<tag>` with its digest ids as aliases (shared with scanner reports)' },
  'k8s.deployment': { family: 'k8s-workload', description: 'Deployment' },
  'k8s.statefulset': { family: 'k8s-workload', description: 'StatefulSet' },
  'k8s.daemonset': { family: 'k8s-workload', description: 'DaemonSet' },
  'k8s.replicaset': { family: 'k8s-workload', description: 'ReplicaSet' },
  'k8s.replicationcontroller': { family: 'k8s-workload', description: 'ReplicationController' },
  'k8s.job': { family: 'k8s-workload', description: 'Job' },
  'k8s.cronjob': { family: 'k8s-workload', description: 'CronJob' },
  'k8s.service': { family: 'k8s-service', description: 'Service (type, ports, node ports, load balancer ingress)' },
  'k8s.ingress': { family: 'ingress', description: 'Ingress (hosts, TLS, backends)' },
  'k8s.networkpolicy': { family: 'network-security-group', description: 'NetworkPolicy' },
  'k8s.serviceaccount': { family: 'identity', description: 'ServiceAccount with cloud workload-identity annotations as props' },
  'k8s.user': { family: 'identity', description: 'User named by a binding subject' },
  'k8s.group': { family: 'group', description: 'Group named by a binding subject' },
  'k8s.role': { family: 'role-definition', description: 'Role (rules)' },
  'k8s.clusterrole': { family: 'role-definition', description: 'ClusterRole (rules, aggregationRule)' },
  'k8s.rolebinding': { family: 'k8s-rbac', description: 'RoleBinding (roleRef, subjects)' },
  'k8s.clusterrolebinding': { family: 'k8s-rbac', description: 'ClusterRoleBinding (roleRef, subjects)' },
  'k8s.secret': { family: 'secret', description: 'Secret: name, type and keys only, never values' },
  'k8s.configmap': { family: 'other', description: 'ConfigMap: keys only, never values' },
} as const satisfies Record<string, KindInfo>

export type KubernetesKind = keyof typeof KUBERNETES_KINDS

/** Kind of a Kubernetes object type without a mapper: `k8s.unmapped.<kind lowercased>`, family other. */
export const unmappedK8sKind = (kind: string): string => `k8s.unmapped.${kind.toLowerCase()}`
