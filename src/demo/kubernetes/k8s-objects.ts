/**
 * @module Kubernetes objects as `kubectl get … -o json` prints them (formats.md §A4.1): nodes with the cloud
 * providerID, workloads (Deployment → ReplicaSet → Pods with status and image digests), services with load
 * balancer status, service accounts with cloud-identity annotations, and RBAC.
 */
import { createHash } from 'node:crypto'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import { hash32, stableUuid } from '../demo-random.js'

export type Labels = Readonly<Record<string, string>>

export interface ClusterInfo {
  readonly name: string
  readonly clock: DemoClock
  readonly kubeletVersion: string
  /** First two octets of the pod network (pods get `<prefix>.x.y`). */
  readonly podPrefix: string
  /** First two octets of the service network (cluster IPs). */
  readonly servicePrefix: string
  /** Load balancers publish a hostname (AWS) or an IP (Azure, GCP). */
  readonly lbStyle: 'hostname' | 'ip'
  readonly region: string
}

export const uidOf = (cluster: string, kind: string, namespace: string, name: string): string =>
  stableUuid(`k8s:${cluster}:${kind}:${namespace}:${name}`)

export function metadata(
  cluster: ClusterInfo,
  kind: string,
  namespace: string | undefined,
  name: string,
  extra: { labels?: Labels; annotations?: Labels; owner?: { apiVersion: string; kind: string; name: string }; ageDays?: number } = {},
): JsonObject {
  const meta: JsonObject = {
    name,
    ...(namespace ? { namespace } : {}),
    uid: uidOf(cluster.name, kind, namespace ?? '', name),
    resourceVersion: String(hash32(cluster.name, kind, name) % 90_000_000 + 1_000_000),
    creationTimestamp: cluster.clock.isoSeconds(-(extra.ageDays ?? 30) * 1440),
  }
  if (extra.labels && Object.keys(extra.labels).length > 0) meta.labels = { ...extra.labels }
  if (extra.annotations && Object.keys(extra.annotations).length > 0) meta.annotations = { ...extra.annotations }
  if (extra.owner) {
    meta.ownerReferences = [
      {
        apiVersion: extra.owner.apiVersion,
        kind: extra.owner.kind,
        name: extra.owner.name,
        uid: uidOf(cluster.name, extra.owner.kind, namespace ?? '', extra.owner.name),
        controller: true,
        blockOwnerDeletion: true,
      },
    ]
  }
  return meta
}

export interface NodeSpec {
  readonly name: string
  readonly providerId: string
  readonly internalIp: string
  readonly labels: Labels
  readonly osImage: string
  readonly containerRuntime: string
  readonly kernel: string
  readonly capacity: { readonly cpu: string; readonly memory: string; readonly pods: string }
}

export function nodeObject(cluster: ClusterInfo, node: NodeSpec): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: metadata(cluster, 'Node', undefined, node.name, {
      labels: { 'kubernetes.io/hostname': node.name, 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'topology.kubernetes.io/region': cluster.region, ...node.labels },
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      ageDays: 20,
    }),
    spec: { providerID: node.providerId },
    status: {
      addresses: [
        { type: 'InternalIP', address: node.internalIp },
        { type: 'Hostname', address: node.name },
      ],
      capacity: { cpu: node.capacity.cpu, 'ephemeral-storage': '101430960Ki', memory: node.capacity.memory, pods: node.capacity.pods },
      allocatable: { cpu: node.capacity.cpu, memory: node.capacity.memory, pods: node.capacity.pods },
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', lastHeartbeatTime: cluster.clock.isoSeconds(-1), lastTransitionTime: cluster.clock.isoSeconds(-28800) },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure', lastHeartbeatTime: cluster.clock.isoSeconds(-1), lastTransitionTime: cluster.clock.isoSeconds(-28800) },
        { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status', lastHeartbeatTime: cluster.clock.isoSeconds(-1), lastTransitionTime: cluster.clock.isoSeconds(-28800) },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: stableUuid(`boot:${node.name}`),
        containerRuntimeVersion: node.containerRuntime,
        kernelVersion: node.kernel,
        kubeProxyVersion: cluster.kubeletVersion,
        kubeletVersion: cluster.kubeletVersion,
        machineID: stableUuid(`machine:${node.name}`).replace(/-/g, ''),
        operatingSystem: 'linux',
        osImage: node.osImage,
        systemUUID: stableUuid(`system:${node.name}`),
      },
    },
  }
}

export function namespaceObject(cluster: ClusterInfo, name: string, labels: Labels = {}): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: metadata(cluster, 'Namespace', undefined, name, { labels: { 'kubernetes.io/metadata.name': name, ...labels }, ageDays: 300 }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  }
}

export function serviceAccountObject(cluster: ClusterInfo, namespace: string, name: string, annotations: Labels = {}, labels: Labels = {}): JsonObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata(cluster, 'ServiceAccount', namespace, name, { annotations, labels, ageDays: 200 }) }
}

/** The digest a registry would report for an image reference (stable, seed-independent). */
export const imageDigest = (image: string): string => `sha256:${createHash('sha256').update(image).digest('hex')}`
export const repositoryOf = (image: string): string => image.replace(/:[^/:]+$/, '')

export interface ContainerSpec {
  readonly name: string
  readonly image: string
  readonly port: number
  readonly privileged?: boolean
  readonly hardened?: boolean
  readonly env?: readonly JsonObject[]
  readonly extraMounts?: readonly JsonObject[]
}

export interface PodTemplateSpec {
  readonly labels: Labels
  readonly annotations?: Labels
  readonly serviceAccount: string
  readonly containers: readonly ContainerSpec[]
  readonly hostPID?: boolean
  readonly hostNetwork?: boolean
  readonly extraVolumes?: readonly JsonObject[]
  readonly tolerations?: readonly JsonObject[]
}

function container(c: ContainerSpec, tokenVolume: string): JsonObject {
  const securityContext: JsonObject = c.privileged
    ? { privileged: true, allowPrivilegeEscalation: true, capabilities: { add: ['SYS_ADMIN', 'NET_ADMIN'] } }
    : c.hardened
      ? { privileged: false, allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 10001, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } }
      : {}
  return {
    name: c.name,
    image: c.image,
    imagePullPolicy: 'IfNotPresent',
    ports: [{ containerPort: c.port, name: 'http', protocol: 'TCP' }],
    ...(c.env && c.env.length > 0 ? { env: [...c.env] } : {}),
    resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '100m', memory: '256Mi' } },
    ...(Object.keys(securityContext).length > 0 ? { securityContext } : {}),
    terminationMessagePath: '/dev/termination-log',
    terminationMessagePolicy: 'File',
    volumeMounts: [
      ...(c.extraMounts ?? []),
      { name: tokenVolume, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true },
    ],
  }
}

export function podSpec(template: PodTemplateSpec, tokenVolume: string, nodeName?: string): JsonObject {
  return {
    containers: template.containers.map((c) => container(c, tokenVolume)),
    dnsPolicy: template.hostNetwork ? 'ClusterFirstWithHostNet' : 'ClusterFirst',
    enableServiceLinks: true,
    ...(template.hostNetwork ? { hostNetwork: true } : {}),
    ...(template.hostPID ? { hostPID: true } : {}),
    ...(nodeName ? { nodeName } : {}),
    preemptionPolicy: 'PreemptLowerPriority',
    priority: 0,
    restartPolicy: 'Always',
    schedulerName: 'default-scheduler',
    securityContext: {},
    serviceAccount: template.serviceAccount,
    serviceAccountName: template.serviceAccount,
    terminationGracePeriodSeconds: 30,
    tolerations: [
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ...(template.tolerations ?? []),
    ],
    volumes: [
      ...(template.extraVolumes ?? []),
      {
        name: tokenVolume,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      },
    ],
  }
}

export interface WorkloadSpec {
  readonly namespace: string
  readonly name: string
  readonly template: PodTemplateSpec
  /** One entry per pod: the node it runs on. */
  readonly nodes: readonly string[]
  /** ReplicaSet hash and pod suffixes; fixed for planted workloads. */
  readonly rsHash: string
  readonly podSuffixes: readonly string[]
  /** Pod IPs, one per pod. */
  readonly podIps: readonly string[]
  /** Host IPs of the nodes, one per pod. */
  readonly hostIps: readonly string[]
  readonly ageDays?: number
}

/** Deployment, its ReplicaSet and the pods, wired by owner references and labels. */
export function workloadObjects(cluster: ClusterInfo, w: WorkloadSpec): JsonObject[] {
  const { namespace, name, template } = w
  const rsName = `${name}-${w.rsHash}`
  const selector = { app: template.labels.app ?? name }
  const tokenVolume = `kube-api-access-${w.rsHash.slice(0, 5)}`
  const templateMeta: JsonObject = { labels: { ...template.labels }, ...(template.annotations ? { annotations: { ...template.annotations } } : {}) }
  const replicas = w.nodes.length
  const deployment: JsonObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: metadata(cluster, 'Deployment', namespace, name, { labels: template.labels, annotations: { 'deployment.kubernetes.io/revision': '3' }, ageDays: w.ageDays ?? 90 }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas,
      revisionHistoryLimit: 10,
      selector: { matchLabels: selector },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template: { metadata: templateMeta, spec: podSpec(template, tokenVolume) },
    },
    status: { availableReplicas: replicas, observedGeneration: 3, readyReplicas: replicas, replicas, updatedReplicas: replicas },
  }
  const rsLabels = { ...template.labels, 'pod-template-hash': w.rsHash }
  const replicaSet: JsonObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: metadata(cluster, 'ReplicaSet', namespace, rsName, {
      labels: rsLabels,
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + 1), 'deployment.kubernetes.io/revision': '3' },
      owner: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      ageDays: 20,
    }),
    spec: { replicas, selector: { matchLabels: { ...selector, 'pod-template-hash': w.rsHash } }, template: { metadata: { ...templateMeta, labels: rsLabels }, spec: podSpec(template, tokenVolume) } },
    status: { availableReplicas: replicas, fullyLabeledReplicas: replicas, observedGeneration: 1, readyReplicas: replicas, replicas },
  }
  const pods = w.nodes.map((node, i) => {
    const podName = `${rsName}-${w.podSuffixes[i] ?? String(i)}`
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: metadata(cluster, 'Pod', namespace, podName, {
        labels: rsLabels,
        ...(template.annotations ? { annotations: template.annotations } : {}),
        owner: { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsName },
        ageDays: 5,
      }),
      spec: podSpec(template, tokenVolume, node),
      status: {
        phase: 'Running',
        conditions: [
          { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: cluster.clock.isoSeconds(-7200) },
          { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: cluster.clock.isoSeconds(-7190) },
          { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: cluster.clock.isoSeconds(-7190) },
          { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: cluster.clock.isoSeconds(-7200) },
        ],
        hostIP: w.hostIps[i] ?? '',
        podIP: w.podIps[i] ?? '',
        podIPs: [{ ip: w.podIps[i] ?? '' }],
        startTime: cluster.clock.isoSeconds(-7200),
        qosClass: 'Burstable',
        containerStatuses: template.containers.map((c) => ({
          name: c.name,
          image: c.image,
          imageID: `${repositoryOf(c.image)}@${imageDigest(c.image)}`,
          containerID: `containerd://${createHash('sha256').update(`${podName}/${c.name}`).digest('hex')}`,
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: cluster.clock.isoSeconds(-7195) } },
          lastState: {},
        })),
      },
    } satisfies JsonObject
  })
  return [deployment, replicaSet, ...pods]
}

export interface ServicePort {
  readonly name: string
  readonly port: number
  readonly targetPort: number
}

export function serviceObject(
  cluster: ClusterInfo,
  namespace: string,
  name: string,
  type: 'ClusterIP' | 'LoadBalancer',
  selector: Labels,
  ports: readonly ServicePort[],
  clusterIp: string,
  external?: string,
  annotations: Labels = {},
): JsonObject {
  const nodePort = (p: ServicePort): number => 30000 + (hash32(cluster.name, namespace, name, p.port) % 2767)
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(cluster, 'Service', namespace, name, { labels: { app: selector.app ?? name }, annotations, ageDays: 120 }),
    spec: {
      ...(type === 'LoadBalancer' ? { allocateLoadBalancerNodePorts: true } : {}),
      clusterIP: clusterIp,
      clusterIPs: [clusterIp],
      ...(type === 'LoadBalancer' ? { externalTrafficPolicy: 'Cluster' } : {}),
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: 'TCP', targetPort: p.targetPort, ...(type === 'LoadBalancer' ? { nodePort: nodePort(p) } : {}) })),
      selector: { ...selector },
      sessionAffinity: 'None',
      type,
    },
    status: {
      loadBalancer:
        type === 'LoadBalancer' && external
          ? { ingress: [cluster.lbStyle === 'hostname' ? { hostname: external } : { ip: external, ipMode: 'VIP' }] }
          : {},
    },
  }
}

export interface PolicyRule {
  readonly apiGroups: readonly string[]
  readonly resources?: readonly string[]
  readonly verbs: readonly string[]
  readonly nonResourceURLs?: readonly string[]
}

const rules = (list: readonly PolicyRule[]): JsonValue =>
  list.map((r) => ({ apiGroups: [...r.apiGroups], ...(r.resources ? { resources: [...r.resources] } : {}), ...(r.nonResourceURLs ? { nonResourceURLs: [...r.nonResourceURLs] } : {}), verbs: [...r.verbs] }))

export function clusterRoleObject(cluster: ClusterInfo, name: string, list: readonly PolicyRule[], labels: Labels = {}): JsonObject {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: metadata(cluster, 'ClusterRole', undefined, name, { labels, ageDays: 300 }), rules: rules(list) }
}

export function roleObject(cluster: ClusterInfo, namespace: string, name: string, list: readonly PolicyRule[]): JsonObject {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: metadata(cluster, 'Role', namespace, name, { ageDays: 150 }), rules: rules(list) }
}

export interface Subject {
  readonly kind: 'User' | 'Group' | 'ServiceAccount'
  readonly name: string
  readonly namespace?: string
}

const subjects = (list: readonly Subject[]): JsonValue =>
  list.map((s): JsonObject => (s.kind === 'ServiceAccount' ? { kind: s.kind, name: s.name, namespace: s.namespace ?? 'default' } : { apiGroup: 'rbac.authorization.k8s.io', kind: s.kind, name: s.name }))

export function clusterRoleBindingObject(cluster: ClusterInfo, name: string, role: string, list: readonly Subject[], labels: Labels = {}): JsonObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: metadata(cluster, 'ClusterRoleBinding', undefined, name, { labels, ageDays: 150 }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects: subjects(list),
  }
}

export function roleBindingObject(cluster: ClusterInfo, namespace: string, name: string, roleKind: 'Role' | 'ClusterRole', role: string, list: readonly Subject[]): JsonObject {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: metadata(cluster, 'RoleBinding', namespace, name, { ageDays: 150 }),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role },
    subjects: subjects(list),
  }
}

export function configMapObject(cluster: ClusterInfo, namespace: string, name: string, data: Readonly<Record<string, string>>): JsonObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata(cluster, 'ConfigMap', namespace, name, { ageDays: 60 }), data: { ...data } }
}

/**
 * A Secret as kubectl prints it; values are obvious placeholders unless given (readers keep names, keys and the
 * hosts or accounts a credential opens, never values).
 */
export function secretObject(cluster: ClusterInfo, namespace: string, name: string, type: string, keys: readonly string[], values: Readonly<Record<string, string>> = {}): JsonObject {
  const data: Record<string, string> = {}
  for (const key of keys) data[key] = Buffer.from(values[key] ?? `demo-placeholder-${key}`).toString('base64')
  return { apiVersion: 'v1', kind: 'Secret', metadata: metadata(cluster, 'Secret', namespace, name, { ageDays: 60 }), type, data }
}

/** The built-in user-facing ClusterRoles (rules abridged) every cluster has. */
export const BUILTIN_CLUSTER_ROLES: readonly { name: string; rules: readonly PolicyRule[] }[] = [
  { name: 'cluster-admin', rules: [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }, { apiGroups: [], nonResourceURLs: ['*'], verbs: ['*'] }] },
  {
    name: 'admin',
    rules: [
      { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services', 'configmaps', 'serviceaccounts', 'persistentvolumeclaims'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', 'get', 'list', 'watch'] },
      { apiGroups: ['apps'], resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', 'get', 'list', 'watch'] },
      { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] },
    ],
  },
  {
    name: 'edit',
    rules: [
      { apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'secrets', 'services', 'configmaps', 'persistentvolumeclaims'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', 'get', 'list', 'watch'] },
      { apiGroups: ['apps'], resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'], verbs: ['create', 'delete', 'deletecollection', 'patch', 'update', 'get', 'list', 'watch'] },
      { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
    ],
  },
  {
    name: 'view',
    rules: [
      { apiGroups: [''], resources: ['pods', 'services', 'configmaps', 'endpoints', 'persistentvolumeclaims', 'serviceaccounts', 'namespaces'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['apps'], resources: ['deployments', 'replicasets', 'statefulsets', 'daemonsets'], verbs: ['get', 'list', 'watch'] },
    ],
  },
]

export function listEnvelope(): JsonObject {
  return { apiVersion: 'v1', items: [], kind: 'List', metadata: { resourceVersion: '' } }
}
