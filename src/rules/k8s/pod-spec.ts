/**
 * @module The pod spec facts Kubernetes rules read, for pods (the props themselves) and for
 * controllers (`props.podTemplate`), as the Kubernetes readers normalize them.
 */
import type { JsonObject } from '../../model/graph-types.js'
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
