/**
 * @module Normalizes a pod spec (Pod, or the template of any controller) into the facts analyses
 * read: containers, security context, host namespaces, volumes, identity and secret references.
 * Env var values are never kept: only names, and whether a literal value looks like a credential.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { ImageRef } from '../shared/image-ref.js'
import { imageRefText, parseImageRef } from '../shared/image-ref.js'
import { arr, bool, compact, isObject, num, obj, objects, str, strings } from '../shared/json-values.js'

export interface PodImage {
  /** What the spec names (or, without one, the digest the runtime reports). */
  readonly ref: ImageRef
  /** The digest the runtime pulled (`status.containerStatuses[].imageID`), when reported. */
  readonly runtime?: ImageRef
  readonly container: string
  readonly via: 'spec.image' | 'status.imageID'
}

export interface PodSpecFacts {
  readonly props: JsonObject
  /** The spec as given, env values redacted. */
  readonly config: JsonValue
  readonly images: readonly PodImage[]
  readonly containers: readonly JsonObject[]
  readonly serviceAccountName: string
}

const CREDENTIAL_NAME = /pass(word|wd)?|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|credential|conn(ection)?[-_]?str/i

/** Deep copy with every `env[].value` replaced, wherever env lists appear (pods, templates, CRDs). */
export function redactEnvValues(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(redactEnvValues)
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'env' && Array.isArray(v)) {
      out[key] = v.map((entry) =>
        isObject(entry) && 'value' in entry ? { ...redactEnvValues(entry) as JsonObject, value: '<redacted>' } : redactEnvValues(entry),
      )
    } else {
      out[key] = redactEnvValues(v)
    }
  }
  return out
}

/** kube-apiserver flags that turn on static password or token sign-in (removed in 1.19 and 1.x respectively, still seen on old self-managed control planes). */
const API_SERVER_AUTH_FLAGS = ['--basic-auth-file', '--token-auth-file']

/** The static-credential flags of a kube-apiserver container, undefined when none (names only: the file paths say nothing more). */
function apiServerAuthFlags(spec: JsonObject): string[] | undefined {
  const words = [...strings(spec.command), ...strings(spec.args)]
  if (!words.some((w) => /(^|\/)kube-apiserver$/.test(w))) return undefined
  const flags = API_SERVER_AUTH_FLAGS.filter((flag) => words.some((w) => w === flag || w.startsWith(`${flag}=`)))
  return flags.length > 0 ? flags : undefined
}

interface ContainerSource {
  readonly spec: JsonObject
  readonly role: 'container' | 'init' | 'ephemeral'
}

function containerFacts(c: ContainerSource, pod: JsonObject, imageIds: Map<string, string>): JsonObject {
  const sc = obj(c.spec.securityContext) ?? {}
  const podSc = obj(pod.securityContext) ?? {}
  const caps = obj(sc.capabilities) ?? {}
  const env = objects(c.spec.env)
  const name = str(c.spec.name) ?? ''
  const secretRefs: JsonValue[] = []
  const plaintextSecretEnv: string[] = []
  for (const e of env) {
    const ref = obj(obj(e.valueFrom)?.secretKeyRef)
    if (ref) secretRefs.push(compact({ env: str(e.name), secret: str(ref.name), key: str(ref.key) }))
    else if (str(e.value) !== undefined && CREDENTIAL_NAME.test(str(e.name) ?? '')) plaintextSecretEnv.push(str(e.name)!)
  }
  for (const from of objects(c.spec.envFrom)) {
    const ref = obj(from.secretRef)
    if (ref) secretRefs.push(compact({ secret: str(ref.name), prefix: str(from.prefix), all: true }))
  }
  return compact({
    name,
    role: c.role,
    image: str(c.spec.image),
    imageId: imageIds.get(name),
    privileged: bool(sc.privileged) ?? false,
    allowPrivilegeEscalation: bool(sc.allowPrivilegeEscalation),
    capabilitiesAdd: strings(caps.add),
    capabilitiesDrop: strings(caps.drop),
    runAsUser: num(sc.runAsUser) ?? num(podSc.runAsUser),
    runAsNonRoot: bool(sc.runAsNonRoot) ?? bool(podSc.runAsNonRoot),
    readOnlyRootFilesystem: bool(sc.readOnlyRootFilesystem),
    ports: objects(c.spec.ports).map((p) =>
      compact({ name: str(p.name), containerPort: num(p.containerPort), hostPort: num(p.hostPort), protocol: str(p.protocol) }),
    ),
    envNames: env.map((e) => str(e.name)).filter((n): n is string => n !== undefined),
    apiServerAuthFlags: apiServerAuthFlags(c.spec),
    secretRefs,
    plaintextSecretEnv,
    volumeMounts: objects(c.spec.volumeMounts).map((m) =>
      compact({ name: str(m.name), mountPath: str(m.mountPath), readOnly: bool(m.readOnly) }),
    ),
  })
}

export function normalizePodSpec(spec: JsonObject, status?: JsonObject): PodSpecFacts {
  const imageIds = new Map<string, string>()
  for (const s of [...objects(status?.containerStatuses), ...objects(status?.initContainerStatuses)]) {
    const name = str(s.name)
    const imageId = str(s.imageID)
    if (name !== undefined && imageId !== undefined) imageIds.set(name, imageId)
  }
  const sources: ContainerSource[] = [
    ...objects(spec.initContainers).map((c) => ({ spec: c, role: 'init' as const })),
    ...objects(spec.containers).map((c) => ({ spec: c, role: 'container' as const })),
    ...objects(spec.ephemeralContainers).map((c) => ({ spec: c, role: 'ephemeral' as const })),
  ]
  const containers = sources.map((c) => containerFacts(c, spec, imageIds))
  const images: PodImage[] = []
  for (const c of containers) {
    const container = str(c.name) ?? ''
    const fromSpec = str(c.image) === undefined ? undefined : parseImageRef(str(c.image)!)
    const fromStatus = str(c.imageId) === undefined ? undefined : parseImageRef(str(c.imageId)!)
    const runtime = fromStatus?.digest === undefined ? undefined : { repository: fromStatus.repository, digest: fromStatus.digest }
    if (fromSpec) images.push({ ref: fromSpec, container, via: 'spec.image', ...(runtime === undefined ? {} : { runtime }) })
    else if (runtime) images.push({ ref: runtime, container, via: 'status.imageID' })
  }
  const volumes = objects(spec.volumes)
  const hostPathVolumes = volumes
    .filter((v) => obj(v.hostPath) !== undefined)
    .map((v) => compact({ name: str(v.name), path: str(obj(v.hostPath)?.path), type: str(obj(v.hostPath)?.type) }))
  const secretVolumes = volumes.map((v) => str(obj(v.secret)?.secretName)).filter((n): n is string => n !== undefined)
  const projectedToken = volumes.some((v) => objects(obj(v.projected)?.sources).some((s) => obj(s.serviceAccountToken) !== undefined))
  const serviceAccountName = str(spec.serviceAccountName) ?? str(spec.serviceAccount) ?? 'default'
  const podSc = obj(spec.securityContext) ?? {}
  const secretRefs = containers.flatMap((c) => arr(c.secretRefs))
  const props = compact({
    serviceAccountName,
    automountServiceAccountToken: bool(spec.automountServiceAccountToken),
    nodeName: str(spec.nodeName),
    hostNetwork: bool(spec.hostNetwork) ?? false,
    hostPID: bool(spec.hostPID) ?? false,
    hostIPC: bool(spec.hostIPC) ?? false,
    privileged: containers.some((c) => c.privileged === true),
    capabilitiesAdd: [...new Set(containers.flatMap((c) => strings(c.capabilitiesAdd)))].sort(),
    // Kubernetes defaults allowPrivilegeEscalation to true when a container leaves it unset.
    allowPrivilegeEscalation: containers.some((c) => c.allowPrivilegeEscalation !== false),
    runAsUser: num(podSc.runAsUser),
    runAsNonRoot: bool(podSc.runAsNonRoot),
    hostPathVolumes,
    secretVolumes,
    projectedServiceAccountToken: projectedToken,
    hostPorts: [...new Set(containers.flatMap((c) => objects(c.ports).map((p) => num(p.hostPort)).filter((p): p is number => p !== undefined)))],
    images: [...new Set(images.filter((i) => i.via === 'spec.image').map((i) => imageRefText(i.ref)))],
    secretRefs,
    plaintextSecretEnv: [...new Set(containers.flatMap((c) => strings(c.plaintextSecretEnv)))],
    containers,
  })
  return { props, config: redactEnvValues(spec), images, containers, serviceAccountName }
}
