/**
 * @module `kubernetes_*` types → the same nodes the Kubernetes adapters emit. Terraform's
 * kubernetes provider mirrors the API with snake_case keys and one-element block lists; this
 * turns the values back into an API object and runs the Kubernetes mappers on it, so a pod
 * template from Terraform is normalized exactly like one from kubectl. `kubernetes_manifest`
 * already holds an API object.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { isObject, obj } from '../shared/json-values.js'
import { mapK8sObject } from '../kubernetes/k8s-normalize.js'
import type { Mapped, ObjectContext } from '../kubernetes/k8s-object.js'
import { objectId, toK8sObject } from '../kubernetes/k8s-object.js'

const KINDS: Readonly<Record<string, { kind: string; apiVersion: string }>> = {
  namespace: { kind: 'Namespace', apiVersion: 'v1' },
  pod: { kind: 'Pod', apiVersion: 'v1' },
  deployment: { kind: 'Deployment', apiVersion: 'apps/v1' },
  stateful_set: { kind: 'StatefulSet', apiVersion: 'apps/v1' },
  daemonset: { kind: 'DaemonSet', apiVersion: 'apps/v1' },
  daemon_set: { kind: 'DaemonSet', apiVersion: 'apps/v1' },
  replication_controller: { kind: 'ReplicationController', apiVersion: 'v1' },
  job: { kind: 'Job', apiVersion: 'batch/v1' },
  cron_job: { kind: 'CronJob', apiVersion: 'batch/v1' },
  service: { kind: 'Service', apiVersion: 'v1' },
  ingress: { kind: 'Ingress', apiVersion: 'networking.k8s.io/v1' },
  network_policy: { kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1' },
  service_account: { kind: 'ServiceAccount', apiVersion: 'v1' },
  secret: { kind: 'Secret', apiVersion: 'v1' },
  config_map: { kind: 'ConfigMap', apiVersion: 'v1' },
  role: { kind: 'Role', apiVersion: 'rbac.authorization.k8s.io/v1' },
  cluster_role: { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1' },
  role_binding: { kind: 'RoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1' },
  cluster_role_binding: { kind: 'ClusterRoleBinding', apiVersion: 'rbac.authorization.k8s.io/v1' },
}

/** Blocks that are lists in the API, under their API name; every other block is a single object. */
const LIST_BLOCKS: Readonly<Record<string, string>> = {
  container: 'containers', init_container: 'initContainers', ephemeral_container: 'ephemeralContainers', port: 'ports',
  env: 'env', env_from: 'envFrom', volume: 'volumes', volume_mount: 'volumeMounts', toleration: 'tolerations',
  image_pull_secret: 'imagePullSecrets', image_pull_secrets: 'imagePullSecrets', secret: 'secrets', rule: 'rules',
  subject: 'subjects', ingress: 'ingress', egress: 'egress', from: 'from', to: 'to', tls: 'tls', path: 'paths',
  match_expressions: 'matchExpressions', cluster_role_selectors: 'clusterRoleSelectors', sources: 'sources', items: 'items',
  host_aliases: 'hostAliases',
}
const SPECIAL_NAMES: Readonly<Record<string, string>> = {
  host_pid: 'hostPID', host_ipc: 'hostIPC', external_ips: 'externalIPs', cluster_ip: 'clusterIP', cluster_ips: 'clusterIPs',
  non_resource_urls: 'nonResourceURLs', load_balancer_ip: 'loadBalancerIP', pod_ip: 'podIP',
}
const camel = (key: string): string => SPECIAL_NAMES[key] ?? key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())

/** Blocks whose name is also a list block elsewhere: `secret` is a list only on a ServiceAccount, `port` is single under an ingress backend `service`. */
const isListBlock = (key: string, parent: string): boolean =>
  LIST_BLOCKS[key] !== undefined && !(key === 'secret' && parent !== '') && !(key === 'port' && parent === 'service')

/** Blocks are arrays of objects in Terraform JSON; objects are maps whose keys stay verbatim. */
export function toApiShape(value: JsonValue, parent = ''): JsonValue {
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, v] of Object.entries(value)) {
    const list = isListBlock(key, parent)
    if (Array.isArray(v) && v.length > 0 && v.every(isObject)) {
      const shaped = v.map((item) => toApiShape(item, key))
      if (list) out[LIST_BLOCKS[key]!] = shaped
      else out[camel(key)] = shaped[0]!
    } else if (Array.isArray(v) && v.length === 0 && !list) {
      continue
    } else {
      out[list && Array.isArray(v) ? LIST_BLOCKS[key]! : camel(key)] = v
    }
  }
  return out
}

/** Ingress rules keep their paths under `http` in the API. */
function fixIngress(object: JsonObject): void {
  const spec = obj(object.spec)
  if (spec === undefined || !Array.isArray(spec.rules)) return
  spec.rules = spec.rules.map((r) => (isObject(r) && Array.isArray(r.paths) ? { ...r, http: { paths: r.paths } } : r))
}

export function kubernetesObjectOf(type: string, values: JsonObject): JsonObject | undefined {
  if (type === 'kubernetes_manifest') return obj(values.object) ?? obj(values.manifest)
  const base = type.replace(/^kubernetes_/, '').replace(/_v\d+$/, '')
  const target = KINDS[base]
  if (target === undefined) return undefined
  const shaped = toApiShape(values) as JsonObject
  const object: JsonObject = { ...shaped, apiVersion: target.apiVersion, kind: target.kind }
  if (target.kind === 'Ingress') fixIngress(object)
  return object
}

export const isKubernetesType = (type: string): boolean => type === 'kubernetes_manifest' || kubernetesObjectOf(type, {}) !== undefined

/** The Kubernetes nodes/edges of one Terraform resource, or an error sentence. */
export function mapKubernetesResource(type: string, values: JsonObject, ctx: ObjectContext): { id: string; mapped: Mapped } | string {
  const object = kubernetesObjectOf(type, values)
  if (object === undefined) return `${type} has no Kubernetes object`
  const o = toK8sObject(object)
  if (typeof o === 'string') return o
  return { id: objectId(ctx, o), mapped: mapK8sObject(o, ctx) }
}
