/** @module What several attack edges share: family sets, the can-assume method classifier, level checks. */
import type { GraphView } from '../../graph/graph-view.js'
import type { Family } from '../../model/vocabulary.js'
import type { EdgeKind } from '../../model/vocabulary.js'
import type { DeriveContext, EmitMove } from '../attack-edge.js'
import { FACT } from '../node-facts.js'

/** Compute that runs attacker-reachable code and may carry an identity. */
export const COMPUTE_FAMILIES: ReadonlySet<Family> = new Set<Family>(['vm', 'vm-scale-set', 'pod', 'container', 'function', 'app-service'])
export const DATA_FAMILIES: ReadonlySet<Family> = new Set<Family>(['object-storage', 'managed-database', 'database-snapshot', 'container-registry'])
export const SECRET_FAMILIES: ReadonlySet<Family> = new Set<Family>(['secret-store', 'kms-key', 'secret'])
export const ACCOUNT_FAMILIES: ReadonlySet<Family> = new Set<Family>(['account', 'organization'])

export type Level = 'read' | 'write' | 'admin'

export function levelOf(graph: GraphView, edge: number): Level {
  const level = graph.edgeProps(edge)['level']
  return level === 'admin' || level === 'write' ? level : 'read'
}

/** Calls `visit(edge, from, to)` for every graph edge of `kind`. */
export function eachEdge(graph: GraphView, kind: EdgeKind, visit: (edge: number, from: number, to: number) => void): void {
  for (const e of graph.edgesOfKind(kind)) visit(e, graph.edgeFrom(e), graph.edgeTo(e))
}

export type AssumeMove =
  | 'ESCAPE_TO_NODE'
  | 'WORKLOAD_IDENTITY_FEDERATION'
  | 'K8S_TOKEN_THEFT'
  | 'IMPERSONATE_IDENTITY'
  | 'PASS_ROLE'
  | 'ESCALATE_PRIVILEGES'
  | 'ASSUME_ROLE'

const FEDERATION = new Set(['irsa', 'gke-workload-identity', 'azure-workload-identity'])

/**
 * The one move a `can-assume` edge stands for, from its primary `method` (the analyses put the
 * method that names the hop first): each edge becomes exactly one move.
 */
export function assumeMoveOf(method: string): AssumeMove {
  if (method === 'container-escape') return 'ESCAPE_TO_NODE'
  if (FEDERATION.has(method)) return 'WORKLOAD_IDENTITY_FEDERATION'
  if (method === 'k8s-impersonate') return 'IMPERSONATE_IDENTITY'
  if (method.startsWith('k8s-')) return 'K8S_TOKEN_THEFT'
  if (method.startsWith('sts:') || method === 'azure-federated-credential') return 'ASSUME_ROLE'
  if (method.includes('PassRole') || method === 'azure-run-command' || method.includes('actAs')) return 'PASS_ROLE'
  if (method.startsWith('iam.') || method.startsWith('compute.')) return 'IMPERSONATE_IDENTITY'
  if (method.startsWith('iam:')) return 'ESCALATE_PRIVILEGES'
  return 'ASSUME_ROLE'
}

/** Emits every `can-assume` edge whose method maps to `move`. */
export function deriveAssume(ctx: DeriveContext, emit: EmitMove, move: AssumeMove): void {
  eachEdge(ctx.graph, 'can-assume', (e, from, to) => {
    const method = ctx.graph.edgeProps(e)['method']
    if (typeof method === 'string' && assumeMoveOf(method) === move) emit(from, to, e)
  })
}

/** A resource worth reading or writing: a data store, or anything holding sensitive data or marked critical. */
export function isDataTarget(ctx: DeriveContext, node: number): boolean {
  const family = ctx.graph.nodeFamily(node)
  if (SECRET_FAMILIES.has(family) || ACCOUNT_FAMILIES.has(family) || family === 'k8s-cluster' || family === 'identity') return false
  return DATA_FAMILIES.has(family) || (ctx.facts.flags[node]! & (FACT.sensitive | FACT.critical)) !== 0
}
