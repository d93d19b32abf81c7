/**
 * @module `skyhound explain <node-id>`: why a node matters — its insights with params and evidence, and the
 * derived edges (kinds with `derived: true` in EDGE_KINDS) into and out of it, with props and evidence,
 * read from a stored snapshot.
 */
import type { Command } from 'commander'
import type { GraphView } from '../../graph/graph-view.js'
import { SkyhoundError } from '../../model/errors.js'
import type { Evidence, Insight, JsonObject } from '../../model/graph-types.js'
import { EDGE_KIND_IDS, EDGE_KINDS } from '../../model/vocabulary.js'
import type { EdgeKind } from '../../model/vocabulary.js'
import { loadSnapshotGraph, resolveSnapshotId } from '../../report/posture-snapshot.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

const DERIVED_KINDS: readonly EdgeKind[] = EDGE_KIND_IDS.filter((kind) => EDGE_KINDS[kind].derived)
const SUGGESTIONS = 5

interface ExplainFlags {
  readonly snapshot?: string
  readonly limit: number
}

export interface ExplainedEdge {
  readonly kind: EdgeKind
  readonly from: string
  readonly to: string
  /** Name of the node at the other end. */
  readonly peer: string
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

export interface Explanation {
  readonly snapshot: string
  readonly node: { readonly id: string; readonly kind: string; readonly family: string; readonly provider: string; readonly scope: string; readonly name: string; readonly tags: Readonly<Record<string, string>> }
  readonly insights: readonly Insight[]
  readonly edges: { readonly out: readonly ExplainedEdge[]; readonly in: readonly ExplainedEdge[] }
  /** Derived edges per direction in total (the lists stop at `--limit`). */
  readonly totals: { readonly out: number; readonly in: number }
}

function derivedEdges(graph: GraphView, node: number, direction: 'out' | 'in', limit: number): { edges: ExplainedEdge[]; total: number } {
  const edges: ExplainedEdge[] = []
  let total = 0
  for (const kind of DERIVED_KINDS) {
    graph.forEachEdge(node, direction, kind, (edge, peer) => {
      total++
      if (edges.length >= limit) return
      edges.push({
        kind,
        from: graph.nodeId(graph.edgeFrom(edge)),
        to: graph.nodeId(graph.edgeTo(edge)),
        peer: graph.nodeName(peer),
        props: graph.edgeProps(edge),
        evidence: graph.edgeEvidence(edge),
      })
    })
  }
  return { edges, total }
}

export function explainNode(graph: GraphView, snapshot: string, node: number, limit: number): Explanation {
  const out = derivedEdges(graph, node, 'out', limit)
  const incoming = derivedEdges(graph, node, 'in', limit)
  return {
    snapshot,
    node: {
      id: graph.nodeId(node),
      kind: graph.nodeKind(node),
      family: graph.nodeFamily(node),
      provider: graph.nodeProvider(node),
      scope: graph.nodeScope(node),
      name: graph.nodeName(node),
      tags: graph.nodeTags(node),
    },
    insights: graph.nodeInsights(node),
    edges: { out: out.edges, in: incoming.edges },
    totals: { out: out.total, in: incoming.total },
  }
}

/** Ids that contain the text asked for (or its last path segment), shortest first. */
export function nearestIds(graph: GraphView, wanted: string, max = SUGGESTIONS): string[] {
  const needles = [...new Set([wanted.toLowerCase(), wanted.toLowerCase().split(/[/:#]/).filter((s) => s !== '').pop() ?? ''])].filter((n) => n.length >= 2)
  for (const needle of needles) {
    const found: string[] = []
    for (let i = 0; i < graph.nodeCount; i++) {
      const id = graph.nodeId(i)
      if (id.toLowerCase().includes(needle) || graph.nodeName(i).toLowerCase().includes(needle)) found.push(id)
    }
    if (found.length > 0) return found.sort((a, b) => a.length - b.length || a.localeCompare(b)).slice(0, max)
  }
  return []
}

const compact = (value: unknown): string => JSON.stringify(value)

function evidenceLines(evidence: readonly Evidence[], indent: string): string[] {
  return evidence.map((e) => `${indent}evidence: ${e.source}${e.location === undefined ? '' : ` @ ${e.location}`}${e.detail === undefined ? '' : ` — ${e.detail}`}`)
}

export function renderExplanation(x: Explanation): string {
  const n = x.node
  const lines = [
    `${n.name}  (${n.id})`,
    `  kind ${n.kind} · family ${n.family} · provider ${n.provider}${n.scope === '' ? '' : ` · scope ${n.scope}`}  [snapshot ${x.snapshot}]`,
  ]
  const tags = Object.entries(n.tags)
  if (tags.length > 0) lines.push(`  tags ${tags.map(([k, v]) => `${k}=${v}`).join(', ')}`)
  lines.push('', `Insights (${x.insights.length})`)
  if (x.insights.length === 0) lines.push('  none')
  for (const insight of x.insights) {
    lines.push(`  • ${insight.id}  ${compact(insight.params)}`, ...evidenceLines(insight.evidence, '      '))
  }
  for (const direction of ['out', 'in'] as const) {
    const list = x.edges[direction]
    const total = x.totals[direction]
    lines.push('', `Derived edges ${direction === 'out' ? 'out' : 'in'} (${total})`)
    if (total === 0) lines.push('  none')
    for (const edge of list) {
      const other = direction === 'out' ? edge.to : edge.from
      lines.push(`  ${direction === 'out' ? '→' : '←'} ${edge.kind} ${edge.peer === other ? other : `${edge.peer} (${other})`}  ${compact(edge.props)}`, ...evidenceLines(edge.evidence, '      '))
    }
    if (total > list.length) lines.push(`  … ${total - list.length} more (raise --limit)`)
  }
  return lines.join('\n')
}

export async function runExplain(ctx: CliContext, nodeId: string, flags: ExplainFlags): Promise<ExitCode> {
  if (!Number.isInteger(flags.limit) || flags.limit < 0) {
    throw new SkyhoundError('SKY_USAGE', `--limit ${String(flags.limit)} is not a whole number`, { hint: '--limit 50' })
  }
  const store = await openStore(ctx.flags.db)
  try {
    const snapshot = await resolveSnapshotId(store, flags.snapshot)
    const graph = await loadSnapshotGraph(store, snapshot)
    const node = graph.indexOf(nodeId)
    if (node === undefined) {
      const near = nearestIds(graph, nodeId)
      throw new SkyhoundError('SKY_USAGE', `no node ${nodeId} in snapshot ${snapshot}`, {
        where: store.location,
        hint: near.length > 0 ? `did you mean ${near.join(' | ')}` : 'node ids are the provider ids (ARN, lowercased ARM id, CAI name, k8s://…); `skyhound findings --json` lists some',
      })
    }
    const explanation = explainNode(graph, snapshot, node, flags.limit)
    if (ctx.flags.json) ctx.printJson(explanation)
    else ctx.say(renderExplanation(explanation))
    return EXIT.ok
  } finally {
    await store.close()
  }
}

export function registerExplain(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  program
    .command('explain')
    .summary("print a node's insights and derived edges with their evidence")
    .description(
      'Loads a stored snapshot and prints what the analyses concluded about one node: its insights (exposure, ' +
        'vulnerabilities, secrets, sensitivity, admin rights…) with params and evidence, and the derived edges ' +
        '(routes-traffic-to, has-permission-to, can-assume, can-authenticate-to) into and out of it.',
    )
    .argument('<node-id>', 'the node id (ARN, lowercased ARM id, CAI name, k8s://…)')
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--limit <n>', 'derived edges listed per direction', (v) => Number.parseInt(v, 10), 50)
    .action(async (nodeId: string, flags: ExplainFlags) => done(await runExplain(context(), nodeId, flags)))
}
