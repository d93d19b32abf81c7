/**
 * @module The user-facing default ClusterRoles every cluster has (Kubernetes "Default roles and role
 * bindings"), used when an export names them in a binding without listing them (`kubectl get
 * clusterroles` is often left out). Abridged to the rules that matter for attacks; a ClusterRole read
 * from the input always wins.
 */
import type { Rule } from './k8s-rules.js'

const rule = (apiGroups: string[], resources: string[], verbs: string[]): Rule => ({ apiGroups, resources, verbs, resourceNames: [], nonResourceURLs: [] })

const READ = ['get', 'list', 'watch']
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update']
const WORKLOADS = ['deployments', 'daemonsets', 'statefulsets', 'replicasets', 'replicationcontrollers', 'jobs', 'cronjobs']
const WORKLOAD_GROUPS = ['', 'apps', 'batch', 'extensions', 'autoscaling', 'networking.k8s.io', 'policy']
const CORE = ['pods', 'services', 'configmaps', 'endpoints', 'persistentvolumeclaims', 'serviceaccounts', 'events', 'ingresses', 'networkpolicies', 'poddisruptionbudgets', 'horizontalpodautoscalers']

const EDIT: Rule[] = [
  rule(WORKLOAD_GROUPS, [...CORE, ...WORKLOADS, 'secrets', 'pods/exec', 'pods/attach', 'pods/portforward', 'pods/proxy', 'services/proxy', 'serviceaccounts/token'], [...READ, ...WRITE]),
  rule([''], ['pods/log', 'namespaces', 'resourcequotas', 'limitranges'], READ),
  // edit and admin may impersonate the service accounts of their namespace.
  rule([''], ['serviceaccounts'], ['impersonate']),
]

export const DEFAULT_CLUSTER_ROLES: Readonly<Record<string, readonly Rule[]>> = {
  'cluster-admin': [rule(['*'], ['*'], ['*']), { apiGroups: [], resources: [], verbs: ['*'], resourceNames: [], nonResourceURLs: ['*'] }],
  admin: [...EDIT, rule(['rbac.authorization.k8s.io'], ['roles', 'rolebindings'], [...READ, ...WRITE])],
  edit: EDIT,
  view: [rule(WORKLOAD_GROUPS, [...CORE, ...WORKLOADS, 'pods/log', 'namespaces', 'resourcequotas', 'limitranges'], READ)],
}
