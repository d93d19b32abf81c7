/**
 * @module `defineAttackEdge`: one move of an attacker (KubeHound's edge shape, STYLE.md "Attack edge"):
 * an id, MITRE tactic and technique, the insights and connections it needs, the edges it builds on,
 * and a derivation that reads the security graph and emits moves `from → to`.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { InsightId, EdgeKind } from '../model/vocabulary.js'
import type { MitreRef } from './mitre.js'
import type { NodeFacts } from './node-facts.js'

/** Entry moves start at the origin (the internet or an outside party); lateral moves go between nodes. */
export type AttackEdgeStage = 'entry' | 'lateral'

/**
 * Whether the entry node itself is a target of a one-step path: `always` (an exploitable workload is
 * compute abuse by itself, an open database is its data), `if-target` (only when the node is a crown
 * jewel: a public bucket with sensitive data), `never`.
 */
export type SelfTarget = 'always' | 'if-target' | 'never'

export interface DeriveContext {
  readonly graph: GraphView
  readonly facts: NodeFacts
  /** The index that stands for the internet and outside parties (the internet node, or a virtual one). */
  readonly origin: number
}

/**
 * Emits one move. `graphEdge` is the security-graph edge that proves it (its evidence and props travel
 * with the step), or -1 when the proof is an insight of `to` (entry moves) or of `from`.
 */
export type EmitMove = (from: number, to: number, graphEdge: number) => void

export interface AttackEdgeDefinition {
  /** UPPER_SNAKE; the file is its kebab form, the doc `docs/attacks/<ID>.md`, the scenario `test/scenarios/<ID>.json`. */
  readonly id: string
  readonly name: string
  readonly description: string
  readonly stage: AttackEdgeStage
  readonly mitre: MitreRef
  /** Insights and connections the derivation reads (the registry checks they exist in the vocabulary). */
  readonly prerequisites: { readonly insights?: readonly InsightId[]; readonly edges?: readonly EdgeKind[] }
  /** Attack edges this one extends (verified: they exist, no cycles). */
  readonly dependsOn: readonly string[]
  /** Entry moves only. */
  readonly selfTarget?: SelfTarget
  /** The node a lateral move reaches is a target by the move itself (a public copy of private data). */
  readonly terminal?: boolean
  /** Edge kind shown in the step when the move has no single graph edge. */
  readonly edgeKind: EdgeKind
  derive(ctx: DeriveContext, emit: EmitMove): void
}

export interface AttackEdge extends AttackEdgeDefinition {
  readonly selfTarget: SelfTarget
  readonly terminal: boolean
}

export const ATTACK_EDGE_ID = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/

export function defineAttackEdge(definition: AttackEdgeDefinition): AttackEdge {
  if (!ATTACK_EDGE_ID.test(definition.id)) throw new Error(`attack edge ${definition.id}: the id is UPPER_SNAKE`)
  if (definition.stage === 'lateral' && definition.selfTarget !== undefined) throw new Error(`attack edge ${definition.id}: selfTarget is for entry moves`)
  return Object.freeze({ ...definition, selfTarget: definition.selfTarget ?? 'never', terminal: definition.terminal ?? false })
}

/** `ESCAPE_TO_NODE` → `escape-to-node` (the file name). */
export const kebabOf = (id: string): string => id.toLowerCase().replace(/_/g, '-')
