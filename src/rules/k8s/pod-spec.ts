/**
 * @module The pod spec facts Kubernetes rules read, for pods (the props themselves) and for
 * controllers (`props.podTemplate`), as the Kubernetes readers normalize them.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { RuleNode } from '../rule-node.js'

/** Pods and the controllers that template them; ReplicaSets are left to their Deployment. */
export const POD_SPEC_KINDS = ['k8s.pod', 'k8s.deployment', 'k8s.statefulset', 'k8s.daemonset', 'k8s.job', 'k8s.cronjob'] as const

/** The normalized pod spec: `undefined` for a controller whose template was not in the input. */
export function podSpecOf(node: RuleNode): JsonObject | undefined {
  return node.kind === 'k8s.pod' ? node.props : node.obj('podTemplate')
}

/** Prefix for messages: "pod `shop/web`", "deployment `shop/web`" (names carry their namespace). */
export function workloadLabel(node: RuleNode): string {
  return `${node.kind.replace(/^k8s\./, '')} ${node.label}`
}

export function containersOf(spec: JsonObject): JsonObject[] {
  const list = spec['containers']
  return Array.isArray(list) ? list.filter((c): c is JsonObject => typeof c === 'object' && c !== null && !Array.isArray(c)) : []
}

const objectAt = (value: JsonValue | undefined): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined

/**
 * The pod spec as the manifest gives it (`config.spec`, env values redacted), for settings the readers do not
 * normalize (resources, probes, seccomp, sysctls); `undefined` when the manifest is not in the input.
 */
export function rawPodSpecOf(node: RuleNode): JsonObject | undefined {
  return rawPodTemplateOf(node)?.spec
}

/** The pod's own metadata and spec (pods) or the controller's pod template (CronJobs: through the job template). */
function rawPodTemplateOf(node: RuleNode): { metadata: JsonObject | undefined; spec: JsonObject | undefined } | undefined {
  const spec = node.obj('config.spec')
  if (spec === undefined) return undefined
  if (node.kind === 'k8s.pod') return { metadata: undefined, spec }
  const template = node.kind === 'k8s.cronjob' ? objectAt(objectAt(objectAt(spec['jobTemplate'])?.['spec'])?.['template']) : objectAt(spec['template'])
  return template === undefined ? undefined : { metadata: objectAt(template['metadata']), spec: objectAt(template['spec']) }
}

/** Annotations of the pod (its own metadata) or of the controller's pod template. */
export function podAnnotationsOf(node: RuleNode): Readonly<Record<string, string>> {
  if (node.kind === 'k8s.pod') {
    const own = node.obj('annotations') ?? {}
    return Object.fromEntries(Object.entries(own).filter((e): e is [string, string] => typeof e[1] === 'string'))
  }
  const annotations = objectAt(rawPodTemplateOf(node)?.metadata?.['annotations']) ?? {}
  return Object.fromEntries(Object.entries(annotations).filter((e): e is [string, string] => typeof e[1] === 'string'))
}

/** Init and regular containers of a raw pod spec (ephemeral debug containers are not the workload's). */
export function rawContainersOf(spec: JsonObject): JsonObject[] {
  return ['initContainers', 'containers'].flatMap((key): JsonObject[] => {
    const list = spec[key]
    return Array.isArray(list) ? list.flatMap((c): JsonObject[] => { const o = objectAt(c); return o === undefined ? [] : [o] }) : []
  })
}

/** `obj.path` of a raw manifest object, when it is an object. */
export function rawObject(root: JsonObject | undefined, ...path: string[]): JsonObject | undefined {
  let current: JsonObject | undefined = root
  for (const key of path) current = objectAt(current?.[key])
  return current
}
