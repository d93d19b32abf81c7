/** @module Pod and Deployment nodes as the Kubernetes readers normalize them, for the pod rule tests. */
import type { JsonObject, JsonValue, NodeInput } from '../../../model/graph-types.js'

type Changes = Readonly<Record<string, JsonValue | undefined>>

const defined = (changes: Changes): JsonObject =>
  Object.fromEntries(Object.entries(changes).filter((entry): entry is [string, JsonValue] => entry[1] !== undefined))

export function container(overrides: Changes = {}): JsonObject {
  const base: JsonObject = {
    name: 'app',
    role: 'container',
    image: 'registry.example/app:1.0',
    privileged: false,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilitiesAdd: [],
    capabilitiesDrop: ['ALL'],
    runAsNonRoot: true,
    runAsUser: 10001,
    ports: [],
    envNames: [],
    secretRefs: [],
    plaintextSecretEnv: [],
    volumeMounts: [],
  }
  const removed = Object.keys(overrides).filter((key) => overrides[key] === undefined)
  return Object.fromEntries(Object.entries({ ...base, ...defined(overrides) }).filter(([key]) => !removed.includes(key)))
}

const spec: JsonObject = {
  serviceAccountName: 'app',
  automountServiceAccountToken: false,
  hostNetwork: false,
  hostPID: false,
  hostIPC: false,
  privileged: false,
  capabilitiesAdd: [],
  allowPrivilegeEscalation: false,
  runAsNonRoot: true,
  hostPathVolumes: [],
  secretVolumes: [],
  projectedServiceAccountToken: false,
  hostPorts: [],
  containers: [container()],
}

export const POD: NodeInput = {
  id: 'k8s://prod/shop/pod/web-7d9f8-abcde',
  kind: 'k8s.pod',
  family: 'pod',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web-7d9f8-abcde',
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'Pod', ...spec, phase: 'Running' },
}

export const DEPLOYMENT: NodeInput = {
  id: 'k8s://prod/shop/deployment/web',
  kind: 'k8s.deployment',
  family: 'k8s-workload',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'Deployment', replicas: 2, podTemplate: spec },
}

/** `node` with pod-spec fields changed, wherever the spec lives (pod props or the template). */
export function withSpec(node: NodeInput, changes: Changes): NodeInput {
  const apply = (base: JsonObject): JsonObject =>
    Object.fromEntries(Object.entries({ ...base, ...defined(changes) }).filter(([key]) => !(key in changes && changes[key] === undefined)))
  const props = node.props ?? {}
  if (node.kind === 'k8s.pod') return { ...node, props: apply(props) }
  const template = props['podTemplate']
  const base = typeof template === 'object' && template !== null && !Array.isArray(template) ? template : {}
  return { ...node, props: { ...props, podTemplate: apply(base) } }
}

/** A raw container of a manifest (what `config.spec` keeps), hardened unless overridden. */
export function rawContainer(overrides: Changes = {}): JsonObject {
  const base: JsonObject = {
    name: 'app',
    image: 'registry.example/app:1.0',
    securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } },
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
  }
  return Object.fromEntries(Object.entries({ ...base, ...defined(overrides) }).filter(([key]) => !(key in overrides && overrides[key] === undefined)))
}

/** `node` with its manifest pod spec (and pod template annotations) set, as the readers keep it in `config`. */
export function withRawSpec(node: NodeInput, podSpec: JsonObject, annotations?: Readonly<Record<string, string>>): NodeInput {
  const props = node.props ?? {}
  if (node.kind === 'k8s.pod') {
    return { ...node, props: { ...props, ...(annotations === undefined ? {} : { annotations: { ...annotations } }), config: { spec: podSpec } } }
  }
  const metadata: JsonObject = { labels: { app: 'web' }, ...(annotations === undefined ? {} : { annotations: { ...annotations } }) }
  const template: JsonObject = { metadata, spec: podSpec }
  const spec: JsonObject = node.kind === 'k8s.cronjob' ? { schedule: '0 * * * *', jobTemplate: { spec: { template } } } : { replicas: 2, template }
  return { ...node, props: { ...props, config: { spec } } }
}

export const RAW_SPEC: JsonObject = { serviceAccountName: 'app', securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [rawContainer()] }
