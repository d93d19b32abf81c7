/** @module Roles, cluster roles and their bindings, with subjects as identity nodes (edges derive in analyses). */
import type { EdgeInput, JsonObject, NodeInput } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import { compact, obj, objects, str, strings } from '../shared/json-values.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, containmentEdge, edge, namespaceOf, objectId } from './k8s-object.js'

export function mapRole(o: K8sObject, ctx: ObjectContext): Mapped {
  const rules = objects(o.raw.rules).map((r) =>
    compact({
      apiGroups: strings(r.apiGroups),
      resources: strings(r.resources),
      verbs: strings(r.verbs),
      resourceNames: strings(r.resourceNames),
      nonResourceURLs: strings(r.nonResourceURLs),
    }),
  )
  const aggregation = obj(o.raw.aggregationRule)
  const aggregationSelectors = objects(aggregation?.clusterRoleSelectors).map((s) => obj(s.matchLabels) ?? {})
  const kind = o.kind === 'ClusterRole' ? 'k8s.clusterrole' : 'k8s.role'
  const id = objectId(ctx, o)
  const node = baseNode(ctx, o, kind, 'role-definition', compact({
    rules,
    aggregationSelectors: aggregation === undefined ? undefined : aggregationSelectors,
  }), compact({ rules: o.raw.rules ?? undefined, aggregationRule: o.raw.aggregationRule ?? undefined }))
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}

const SUBJECT_KINDS: Readonly<Record<string, { kind: string; family: 'identity' | 'group' }>> = {
  User: { kind: 'k8s.user', family: 'identity' },
  Group: { kind: 'k8s.group', family: 'group' },
}

export function mapBinding(o: K8sObject, ctx: ObjectContext): Mapped {
  const namespace = namespaceOf(o)
  const roleRef = obj(o.raw.roleRef) ?? {}
  const roleKind = str(roleRef.kind) ?? 'ClusterRole'
  const roleName = str(roleRef.name)
  const roleRefId = roleName === undefined
    ? undefined
    : k8sNodeId(ctx.cluster.name, roleKind === 'ClusterRole' ? undefined : namespace, roleKind, roleName)
  const nodes: NodeInput[] = []
  const edges: EdgeInput[] = []
  const id = objectId(ctx, o)
  const subjects: JsonObject[] = []
  for (const s of objects(o.raw.subjects)) {
    const kind = str(s.kind)
    const name = str(s.name)
    if (kind === undefined || name === undefined) continue
    const subjectId = kind === 'ServiceAccount'
      ? k8sNodeId(ctx.cluster.name, str(s.namespace) ?? namespace ?? 'default', 'ServiceAccount', name)
      : k8sNodeId(ctx.cluster.name, undefined, kind, name)
    subjects.push(compact({ kind, name, namespace: str(s.namespace), id: subjectId }))
    const stub = SUBJECT_KINDS[kind]
    if (stub) {
      nodes.push({ id: subjectId, kind: stub.kind, family: stub.family, provider: 'kubernetes', scope: ctx.cluster.nodeId, name, props: { cluster: ctx.cluster.name } })
    }
    edges.push(edge(ctx, id, subjectId, 'attached-to', { roleRef: roleRefId ?? null }, 'subjects'))
  }
  const kind = o.kind === 'ClusterRoleBinding' ? 'k8s.clusterrolebinding' : 'k8s.rolebinding'
  nodes.unshift(baseNode(ctx, o, kind, 'k8s-rbac', compact({
    roleRef: compact({ kind: roleKind, name: roleName, apiGroup: str(roleRef.apiGroup) }),
    roleRefId,
    subjects,
  }), compact({ roleRef: o.raw.roleRef ?? undefined, subjects: o.raw.subjects ?? undefined })))
  edges.unshift(containmentEdge(ctx, o, id))
  return { nodes, edges }
}
