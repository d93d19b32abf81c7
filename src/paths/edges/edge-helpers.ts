/** @module What several attack edges share: family sets, the can-assume method classifier, level checks. */
import type { GraphView } from '../../graph/graph-view.js'
import { FAMILY_IDS } from '../../model/vocabulary.js'
import type { EdgeKind, Family } from '../../model/vocabulary.js'
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

/*
 * Columns several derivations read, computed once per graph: six attack edges scan every
 * `has-permission-to` edge and seven every `can-assume` edge, and reading an edge's props object per scan
 * (a pointer chase per edge on a million-edge graph) dominated the attack-graph build.
 */
export const LEVEL_READ = 1
export const LEVEL_WRITE = 2
export const LEVEL_ADMIN = 3
/** Bit set on a permission level when the edge names a `method` (a self-escalation). */
export const HAS_METHOD = 4

interface DeriveColumns {
  /** FAMILY_IDS index per node. */
  readonly family: Uint8Array
  /** Per edge index: LEVEL_* (| HAS_METHOD) for `has-permission-to` edges, 0 for others. */
  readonly permission: Uint8Array
  /** Per edge index: 1 + ASSUME_MOVES index for `can-assume` edges with a string method, 0 otherwise. */
  readonly assume: Uint8Array
}

const COLUMNS = new WeakMap<GraphView, DeriveColumns>()

function deriveColumns(graph: GraphView): DeriveColumns {
  let columns = COLUMNS.get(graph)
  if (columns !== undefined) return columns
  const family = new Uint8Array(graph.nodeCount)
  FAMILY_IDS.forEach((f, code) => {
    for (const v of graph.nodesOfFamily(f)) family[v] = code
  })
  const permission = new Uint8Array(graph.edgeCount)
  for (const e of graph.edgesOfKind('has-permission-to')) {
    const props = graph.edgeProps(e)
    const level = props['level']
    permission[e] = (level === 'admin' ? LEVEL_ADMIN : level === 'write' ? LEVEL_WRITE : LEVEL_READ) | (typeof props['method'] === 'string' ? HAS_METHOD : 0)
  }
  const assume = new Uint8Array(graph.edgeCount)
  for (const e of graph.edgesOfKind('can-assume')) {
    const method = graph.edgeProps(e)['method']
    if (typeof method === 'string') assume[e] = 1 + ASSUME_MOVES.indexOf(assumeMoveOf(method))
  }
  columns = { family, permission, assume }
  COLUMNS.set(graph, columns)
  return columns
}

/** FAMILY_IDS index of every node. */
export const familyCodes = (graph: GraphView): Uint8Array => deriveColumns(graph).family

/** Per edge index: LEVEL_* of a `has-permission-to` edge, with HAS_METHOD when it names a method. */
export const permissionLevels = (graph: GraphView): Uint8Array => deriveColumns(graph).permission

/** 1 at the FAMILY_IDS index of each family in `families`: membership by a node's family code. */
export function familyMask(families: Iterable<Family>): Uint8Array {
  const mask = new Uint8Array(FAMILY_IDS.length)
  for (const f of families) mask[FAMILY_IDS.indexOf(f)] = 1
  return mask
}

/** Calls `visit(edge, from, to)` for every graph edge of `kind`. */
export function eachEdge(graph: GraphView, kind: EdgeKind, visit: (edge: number, from: number, to: number) => void): void {
  for (const e of graph.edgesOfKind(kind)) visit(e, graph.edgeFrom(e), graph.edgeTo(e))
}

const ASSUME_MOVES = ['ESCAPE_TO_NODE', 'WORKLOAD_IDENTITY_FEDERATION', 'K8S_TOKEN_THEFT', 'IMPERSONATE_IDENTITY', 'PASS_ROLE', 'ESCALATE_PRIVILEGES', 'ASSUME_ROLE'] as const
export type AssumeMove = (typeof ASSUME_MOVES)[number]

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
  const { graph } = ctx
  const assume = deriveColumns(graph).assume
  const code = 1 + ASSUME_MOVES.indexOf(move)
  for (const e of graph.edgesOfKind('can-assume')) if (assume[e] === code) emit(graph.edgeFrom(e), graph.edgeTo(e), e)
}

export const COMPUTE_MASK = familyMask(COMPUTE_FAMILIES)
export const SECRET_MASK = familyMask(SECRET_FAMILIES)
export const ACCOUNT_MASK = familyMask(ACCOUNT_FAMILIES)
export const familyCode = (family: Family): number => FAMILY_IDS.indexOf(family)

const NOT_DATA_TARGET = familyMask([...SECRET_FAMILIES, ...ACCOUNT_FAMILIES, 'k8s-cluster', 'identity'])
const DATA_TARGET = familyMask(DATA_FAMILIES)

/** A resource worth reading or writing: a data store, or anything holding sensitive data or marked critical. */
export function isDataTarget(ctx: DeriveContext, node: number, family: Uint8Array = familyCodes(ctx.graph)): boolean {
  const code = family[node]!
  if (NOT_DATA_TARGET[code] === 1) return false
  return DATA_TARGET[code] === 1 || (ctx.facts.flags[node]! & (FACT.sensitive | FACT.critical)) !== 0
}
