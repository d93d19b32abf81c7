/**
 * Test helper: generated snapshots for the store contract, crash test and bench. Content is produced
 * lazily from an index (so 200k nodes never sit in an array) and deliberately awkward: nodes out of id
 * order, non-ASCII ids, optional region and hint, key orders that are not alphabetical, one duplicate
 * edge triple. `expectedSnapshot` gives what the store must load back, in the documented order.
 */
import type { Finding } from '../../src/model/finding.js'
import { FINDING_STATUSES } from '../../src/model/finding.js'
import type { GraphEdge, GraphNode } from '../../src/model/graph-types.js'
import type { ScanIssue } from '../../src/model/issue.js'
import type { SnapshotSummary } from '../../src/model/snapshot.js'
import { EDGE_KIND_IDS, SEVERITIES } from '../../src/model/vocabulary.js'
import type { RecordKind, SnapshotContent, SnapshotRecordInput } from '../../src/store/store.js'

export interface SnapshotShape {
  readonly id: string
  readonly createdAt: string
  readonly nodes: number
  readonly edges: number
  readonly findings?: number
  readonly records?: number
  readonly issues?: number
}

export interface ContentOptions {
  /** Throw `error` from the nodes iterable once this many nodes were yielded. */
  readonly failAfterNodes?: { readonly count: number; readonly error: Error }
  /** Called as each node is yielded (the crash test reports progress from here). */
  readonly onNode?: (index: number) => void
}

export interface ExpectedSnapshot {
  readonly summary: SnapshotSummary
  readonly nodes: GraphNode[]
  readonly edges: GraphEdge[]
  readonly findings: Finding[]
  readonly records: Record<RecordKind, SnapshotRecordInput[]>
  readonly issues: ScanIssue[]
}

/** Bytewise UTF-8 order: what SQLite BINARY and PostgreSQL `collate "C"` sort by. */
export function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

function nodeId(tag: string, i: number): string {
  const n = String(i).padStart(6, '0')
  // Some ids outside ASCII, so ordering is checked beyond plain letters.
  if (i % 97 === 5) return `${tag}/nœud-é/${n}`
  if (i % 89 === 3) return `${tag}/🔐/${n}`
  return `${tag}/node/${n}`
}

export function snapshotNode(tag: string, i: number): GraphNode {
  const id = nodeId(tag, i)
  return {
    id,
    kind: i % 2 === 0 ? 'aws.ec2.instance' : 'k8s.pod',
    family: i % 2 === 0 ? 'vm' : 'pod',
    provider: i % 2 === 0 ? 'aws' : 'kubernetes',
    scope: i % 4 === 0 ? 'aws://accounts/111122223333' : '',
    name: `name ${i} "quoted" \\ ünïcode`,
    ...(i % 3 === 0 ? {} : { region: i % 3 === 1 ? 'eu-west-1' : '' }),
    tags: i % 2 === 0 ? { zeta: 'last', alpha: `v${i}`, 'owner:team': 'sécurité ✓' } : {},
    props: {
      zIndex: i,
      aRatio: i / 7,
      nested: { list: [1, 'two', null, true, { deep: 'x\ny\t"z"' }], empty: {} },
      big: 2 ** 53 - 1,
      negative: -0.5,
    },
    insights:
      i % 5 === 0
        ? [{ id: 'exposed-to-internet', params: { ports: [22, 443], via: 'sg' }, evidence: [{ source: 'analysis' }] }]
        : [],
    provenance: [
      i % 2 === 0
        ? { file: 'inputs/config.json', format: 'aws-config', location: `configurationItems[${i}]` }
        : { file: 'inputs/pods.yaml', format: 'kubectl' },
    ],
  }
}

export function snapshotEdge(tag: string, i: number, nodeCount: number): GraphEdge {
  // Edge 10 repeats the from/kind/to of edge 3 with other props: the tie is broken by write order.
  const k = i === 10 ? 3 : i
  return {
    from: nodeId(tag, (k * 13) % nodeCount),
    to: nodeId(tag, (k * 31 + 7) % nodeCount),
    kind: EDGE_KIND_IDS[k % EDGE_KIND_IDS.length]!,
    props: i % 2 === 0 ? { ports: [i % 65_535], protocol: 'tcp' } : {},
    evidence: i % 3 === 0 ? [{ source: 'aws-config', detail: `edge ${i}`, location: `relationships[${i}]` }] : [],
  }
}

function snapshotFinding(tag: string, i: number, nodeCount: number): Finding {
  const node = nodeId(tag, i % nodeCount)
  const ruleId = `rule-${i % 7}`
  return {
    id: `${ruleId}|${node}|${i}`,
    ruleId,
    nodeId: node,
    status: FINDING_STATUSES[i % FINDING_STATUSES.length]!,
    severity: SEVERITIES[i % SEVERITIES.length]!,
    message: `finding ${i}: ünïcode ✓`,
    scope: 'aws://accounts/111122223333',
    details: { risk: { level: 'high', factors: ['exposed', 'vulnerable'] }, n: i },
  }
}

function snapshotRecord(tag: string, i: number): SnapshotRecordInput {
  const kind: RecordKind = i % 3 === 0 ? 'score' : 'attack-path'
  return { kind, id: `${tag}/${kind}/${String(1000 - i)}`, data: { rank: i, steps: [nodeId(tag, i), 'x'] } }
}

function snapshotIssue(i: number): ScanIssue {
  return {
    file: `inputs/file-${i}.json`,
    location: `items[${i}]`,
    kind: 'invalid-record',
    message: `record ${i} is odd`,
    ...(i % 2 === 0 ? { hint: 'fix it' } : {}),
  }
}

function* range<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i)
}

/** Visits 0…count-1 in a scrambled (but fixed) order, so the store has to sort. */
function scrambled(count: number): (position: number) => number {
  const step = [7919, 104_729, 1_299_709].find((p) => count % p !== 0) ?? 1
  return (position) => (position * step) % count
}

function reiterable<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make }
}

export function snapshotSummary(shape: SnapshotShape): SnapshotSummary {
  const issues = [...range(shape.issues ?? 0, snapshotIssue)]
  const records = [...range(shape.records ?? 0, (i) => snapshotRecord(shape.id, i))]
  return {
    snapshot: { id: shape.id, createdAt: shape.createdAt, inputs: [{ path: 'inputs', format: 'mixed', bytes: 1, resources: shape.nodes }] },
    resources: { total: shape.nodes, byProvider: { aws: Math.ceil(shape.nodes / 2) }, byFamily: { vm: 1 }, byKind: {} },
    edges: { total: shape.edges, byKind: {}, dangling: 0 },
    issues,
    findings: { total: shape.findings ?? 0, bySeverity: { high: shape.findings ?? 0 } },
    attackPaths: { total: records.filter((r) => r.kind === 'attack-path').length, byRisk: {} },
    secureScore: { current: 12.5, max: 20, percentage: 62.5 },
  }
}

export function snapshotContent(shape: SnapshotShape, options: ContentOptions = {}): SnapshotContent {
  const tag = shape.id
  const order = scrambled(shape.nodes)
  const summary = snapshotSummary(shape)
  return {
    header: summary.snapshot,
    summary,
    nodes: reiterable(function* () {
      for (let p = 0; p < shape.nodes; p++) {
        if (options.failAfterNodes !== undefined && p === options.failAfterNodes.count) {
          throw options.failAfterNodes.error
        }
        options.onNode?.(p)
        yield snapshotNode(tag, order(p))
      }
    }),
    edges: reiterable(() => range(shape.edges, (i) => snapshotEdge(tag, i, shape.nodes))),
    findings: reiterable(() => range(shape.findings ?? 0, (i) => snapshotFinding(tag, i, shape.nodes))),
    records: reiterable(() => range(shape.records ?? 0, (i) => snapshotRecord(tag, i))),
    issues: summary.issues,
  }
}

export function expectedSnapshot(shape: SnapshotShape): ExpectedSnapshot {
  const tag = shape.id
  const nodes = [...range(shape.nodes, (i) => snapshotNode(tag, i))].sort((a, b) => byteOrder(a.id, b.id))
  const edges = [...range(shape.edges, (i) => ({ seq: i, edge: snapshotEdge(tag, i, shape.nodes) }))]
    .sort(
      (a, b) =>
        byteOrder(a.edge.from, b.edge.from) ||
        byteOrder(a.edge.kind, b.edge.kind) ||
        byteOrder(a.edge.to, b.edge.to) ||
        a.seq - b.seq,
    )
    .map((e) => e.edge)
  const records = [...range(shape.records ?? 0, (i) => snapshotRecord(tag, i))]
  return {
    summary: snapshotSummary(shape),
    nodes,
    edges,
    findings: [...range(shape.findings ?? 0, (i) => snapshotFinding(tag, i, shape.nodes))],
    records: {
      'attack-path': records.filter((r) => r.kind === 'attack-path'),
      score: records.filter((r) => r.kind === 'score'),
    },
    issues: [...range(shape.issues ?? 0, snapshotIssue)],
  }
}

export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const item of source) all.push(item)
  return all
}
