/** @module Test support: builds a graph from fixture files (through the format registry) and indexes the derivation. */
import { GraphBuilder, deriveGraph } from '../../../graph/graph-builder.js'
import type { Derivation } from '../../../graph/graph-builder.js'
import type { SecurityGraph } from '../../../graph/security-graph.js'
import type { EdgeInput, GraphFragment, Insight } from '../../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../../model/vocabulary.js'
import { readFixture } from '../../../../test/helpers/read-fixture.js'
import { deriveAwsPermissions } from '../aws-permissions.js'

export interface Derived {
  readonly graph: SecurityGraph
  readonly derivation: Derivation
  edge(kind: EdgeKind, from: string, to: string): EdgeInput | undefined
  edgesFrom(kind: EdgeKind, from: string): EdgeInput[]
  insight(node: string, id: InsightId): Insight | undefined
}

export async function deriveFrom(paths: readonly string[], extra: readonly GraphFragment[] = []): Promise<Derived> {
  const builder = new GraphBuilder()
  for (const path of paths) builder.addFragment((await readFixture(path)).fragment)
  for (const fragment of extra) builder.addFragment(fragment)
  const { graph } = builder.build()
  const derivation = deriveAwsPermissions(graph)
  const edges = new Map((derivation.edges ?? []).map((e) => [`${e.kind}|${e.from}|${e.to}`, e]))
  return {
    graph,
    derivation,
    edge: (kind, from, to) => edges.get(`${kind}|${from}|${to}`),
    edgesFrom: (kind, from) => (derivation.edges ?? []).filter((e) => e.kind === kind && e.from === from),
    insight: (node, id) => derivation.insights?.find((i) => i.node === node && i.insight.id === id)?.insight,
  }
}

/** Applies the derivation the way the pipeline does (throws when an endpoint is not a node). */
export const applyDerivation = (derived: Derived): SecurityGraph => deriveGraph(derived.graph, derived.derivation)

/** The methods an edge or insight carries (`method` plus `methods`). */
export function methodsOf(value: { readonly props?: unknown; readonly params?: unknown } | undefined): string[] {
  if (value === undefined) return []
  const bag = (value.props ?? value.params) as Record<string, unknown>
  const list = Array.isArray(bag['methods']) ? (bag['methods'] as string[]) : []
  const one = typeof bag['method'] === 'string' ? [bag['method']] : []
  return [...new Set([...one, ...list])]
}
