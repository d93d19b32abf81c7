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
