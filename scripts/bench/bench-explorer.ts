/**
 * Explorer benchmark (`npm run bench -- explorer [--resources N] [--seed S] [--dir DIR]`): generates the demo
 * estate at 100k and 1M resources (or N), scans it with the analyses, then times every built-in template
 * on the in-memory graph (p50/p95 of warm runs, plus the first run that builds the insight index), and —
 * side by side — the equivalent SQL of seven templates on the same snapshot written to SQLite and, when
 * SKYHOUND_BENCH_PG_URL or SKYHOUND_TEST_PG_URL names a server, PostgreSQL. Each SQL answer must count the
 * same rows as the explorer. Goal: p95 under 100 ms at 1M resources for single-hop templates.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import Database from 'better-sqlite3'
import pg from 'pg'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { Finding } from '../../src/model/finding.js'
import type { GraphEdge, GraphNode } from '../../src/model/graph-types.js'
import type { ConditionNode, DatasourceNode, QueryNode } from '../../src/query/index.js'
import { BUILTIN_TEMPLATES, hopRange, runQueryAst } from '../../src/query/index.js'
import { persistScan } from '../../src/scan/persist.js'
import { scan } from '../../src/scan/pipeline.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'

export interface ExplorerBenchOptions {
  /** Estate sizes in resources (default 100 000 and 1 000 000). */
  readonly sizes: readonly number[]
  readonly seed?: number
  /** An estate generated earlier (one size only): skips generation. */
  readonly dir?: string
  /**
   * A scanned snapshot stored earlier (`npm run bench -- prepare-db`): skips generation and the scan, and the
   * SQLite side reads this file as it is.
   */
  readonly db?: string
  /** Warm runs per template (default 30). */
  readonly runs?: number
  readonly pgUrl?: string
  /** Time the explorer only (`--skip-sql`), for a quick look at a plan change. */
  readonly skipSql?: boolean
  readonly log?: (line: string) => void
}

export interface Timing {
  readonly first: number
  readonly p50: number
  readonly p95: number
  readonly rows: number
}

export interface TemplateTiming extends Timing {
  readonly id: string
  /** `no hop`, `single hop` (connections of one hop, none nested) or `multi hop`. */
  readonly shape: string
  readonly sqlite?: Timing
  readonly postgres?: Timing
}

export interface ExplorerBenchResult {
  readonly resources: number
  readonly nodes: number
  readonly edges: number
  readonly scanSeconds: number
  readonly templates: readonly TemplateTiming[]
}

export type Dialect = 'sqlite' | 'postgres'

/** `$1` is the snapshot id in both dialects (better-sqlite3 takes `?1`, rewritten by the runner). */
function dialect(d: Dialect) {
  const sqlite = d === 'sqlite'
  const insight = (alias: string, id: string, extra = ''): string =>
    sqlite
      ? `EXISTS (SELECT 1 FROM json_each(${alias}.data, '$.insights') i WHERE json_extract(i.value, '$.id') = '${id}'${extra})`
      : `EXISTS (SELECT 1 FROM json_array_elements(${alias}.data -> 'insights') i WHERE i ->> 'id' = '${id}'${extra})`
  const wide = sqlite ? ` AND json_extract(i.value, '$.params.width') = 'wide'` : ` AND i -> 'params' ->> 'width' = 'wide'`
  const port = (p: number): string =>
    sqlite
      ? ` AND EXISTS (SELECT 1 FROM json_each(i.value, '$.params.ports') p WHERE p.value IN ('*', 'any', 'all', '${p}')` +
        ` OR (instr(p.value, '-') > 0 AND CAST(substr(p.value, 1, instr(p.value, '-') - 1) AS INTEGER) <= ${p} AND CAST(substr(p.value, instr(p.value, '-') + 1) AS INTEGER) >= ${p}))`
      : ` AND EXISTS (SELECT 1 FROM json_array_elements_text(i -> 'params' -> 'ports') p(v) WHERE v IN ('*', 'any', 'all', '${p}')` +
        ` OR (position('-' in v) > 0 AND split_part(v, '-', 1)::int <= ${p} AND split_part(v, '-', 2)::int >= ${p}))`
  const propIs = (alias: string, key: string, value: 'true' | 'false'): string =>
    sqlite ? `json_type(${alias}.data, '$.props.${key}') = '${value}'` : `json_typeof(${alias}.data -> 'props' -> '${key}') = 'boolean' AND ${alias}.data -> 'props' ->> '${key}' = '${value}'`
  const propText = (alias: string, key: string): string => (sqlite ? `json_extract(${alias}.data, '$.props.${key}')` : `${alias}.data -> 'props' ->> '${key}'`)
  const listHas = (alias: string, key: string, value: string): string =>
    sqlite
      ? `EXISTS (SELECT 1 FROM json_each(${alias}.data, '$.props.${key}') x WHERE x.value = '${value}')`
      : `EXISTS (SELECT 1 FROM json_array_elements_text(CASE json_typeof(${alias}.data -> 'props' -> '${key}') WHEN 'array' THEN ${alias}.data -> 'props' -> '${key}' ELSE '[]'::json END) x(v) WHERE v = '${value}')`
  const nonEmptyList = (alias: string, key: string): string =>
    sqlite
      ? `coalesce(json_array_length(${alias}.data, '$.props.${key}'), 0) > 0`
      : `json_typeof(${alias}.data -> 'props' -> '${key}') = 'array' AND json_array_length(${alias}.data -> 'props' -> '${key}') > 0`
  const vulnRce = (alias: string): string =>
    sqlite
      ? `(EXISTS (SELECT 1 FROM json_each(${alias}.data, '$.props.vulnerabilityList') v WHERE json_type(v.value, '$.rce') = 'true') OR coalesce(json_array_length(${alias}.data, '$.props.vulnerabilities.rce'), 0) > 0)`
      : `(EXISTS (SELECT 1 FROM json_array_elements(CASE json_typeof(${alias}.data -> 'props' -> 'vulnerabilityList') WHEN 'array' THEN ${alias}.data -> 'props' -> 'vulnerabilityList' ELSE '[]'::json END) v WHERE v ->> 'rce' = 'true')` +
        ` OR (json_typeof(${alias}.data -> 'props' -> 'vulnerabilities' -> 'rce') = 'array' AND json_array_length(${alias}.data -> 'props' -> 'vulnerabilities' -> 'rce') > 0))`
  /** One hop from `n` along `kind` to a node `t` meeting `where`. */
  const hop = (kind: string, family: string, where: string): string =>
    `EXISTS (SELECT 1 FROM edges e JOIN nodes t ON t.snapshot_id = e.snapshot_id AND t.id = e.to_id ` +
    `WHERE e.snapshot_id = n.snapshot_id AND e.from_id = n.id AND e.kind = '${kind}' AND t.family = '${family}' AND ${where})`
  return { insight, wide, port, propIs, propText, listHas, nonEmptyList, vulnRce, hop }
}

const select = (where: string): string => `SELECT n.id, n.kind, n.family, n.provider, n.name FROM nodes n WHERE n.snapshot_id = $1 AND ${where} ORDER BY n.id`

/** Template id → SQL of the same question. */
export function templateSql(d: Dialect): Readonly<Record<string, string>> {
  const q = dialect(d)
  const rbacOff = (a: string): string => `(${q.propIs(a, 'rbacEnabled', 'false')} OR ${q.propIs(a, 'legacyAbacEnabled', 'true')} OR ${q.insight(a, 'rbac-disabled')})`
  const apiOpen = (a: string): string =>
    `(${q.insight(a, 'exposed-to-internet', q.wide + q.port(443))} OR ${q.propIs(a, 'apiServerUnrestricted', 'true')} OR ${q.propIs(a, 'controlPlaneUnrestricted', 'true')} OR ${q.listHas(a, 'publicAccessCidrs', '0.0.0.0/0')})`
  const exposed = (a: string): string => q.insight(a, 'exposed-to-internet')
  return {
    'k8s-rbac-off-unrestricted-access': select(
      `n.family IN ('k8s-cluster', 'k8s-service') AND ((${rbacOff('n')} AND ${apiOpen('n')}) OR (n.family = 'k8s-service' AND ${q.propText('n', 'type')} = 'LoadBalancer' AND NOT ${q.nonEmptyList('n', 'loadBalancerSourceRanges')}` +
        ` AND EXISTS (SELECT 1 FROM edges e1 JOIN edges e2 ON e2.snapshot_id = e1.snapshot_id AND e2.to_id = e1.from_id AND e2.kind = 'contains'` +
        ` JOIN nodes k ON k.snapshot_id = e2.snapshot_id AND k.id = e2.from_id WHERE e1.snapshot_id = n.snapshot_id AND e1.to_id = n.id AND e1.kind = 'contains' AND k.family = 'k8s-cluster' AND ${rbacOff('k')})))`,
    ),
    'k8s-api-server-open-to-any-ip': select(`n.family = 'k8s-cluster' AND ${apiOpen('n')}`),
    'vm-exposed-rce': select(`n.family IN ('vm', 'vm-scale-set') AND ${exposed('n')} AND (${q.insight('n', 'vulnerable-to-rce')} OR ${q.vulnRce('n')})`),
    'database-open-to-any-ip': select(`n.family = 'managed-database' AND ${q.insight('n', 'exposed-to-internet', q.wide)}`),
    'exposed-workload-rce-image': select(
      `n.family IN ('pod', 'function', 'app-service') AND ${exposed('n')} AND ${q.hop('is-running', 'container-image', `(${q.insight('t', 'vulnerable-to-rce')} OR ${q.vulnRce('t')})`)}`,
    ),
    'k8s-exposed-pod-cluster-admin': select(`n.family = 'pod' AND ${exposed('n')} AND ${q.hop('can-authenticate-as', 'identity', q.insight('t', 'has-admin-permissions'))}`),
    'private-storage-replicates-to-public': select(
      `n.family = 'object-storage' AND NOT ${q.insight('n', 'allows-public-access')} AND ${q.hop('moves-data-to', 'object-storage', q.insight('t', 'allows-public-access'))}`,
    ),
  }
}

function connectionsIn(condition: ConditionNode | undefined, depth: number, out: { hops: number; depth: number }): void {
  if (condition === undefined) return
  if (condition.type === 'conditiongroup') {
    for (const c of condition.properties.conditions) connectionsIn(c, depth, out)
  } else if (condition.type === 'connection') {
    out.hops = Math.max(out.hops, hopRange(condition).max)
    out.depth = Math.max(out.depth, depth + 1)
    connectionsIn(condition.properties.target.properties.conditions, depth + 1, out)
  }
}

export function templateShape(query: QueryNode): string {
  const source: DatasourceNode = query.properties.source
  const found = { hops: 0, depth: 0 }
  connectionsIn(source.properties.conditions, 0, found)
  if (found.depth === 0) return 'no hop'
  return found.depth === 1 && found.hops === 1 ? 'single hop' : 'multi hop'
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * `npm run bench` runs node with --expose-gc: collect before each batch so earlier garbage is not timed here —
 * but only while the heap is small. Over a multi-gigabyte heap (a 1M-resource graph) a forced full collection
 * leaves V8 sweeping and marking incrementally for seconds afterwards, charged to the next allocations: it
 * made millisecond templates read 80 ms. A server never forces collections, so large heaps skip it.
 */
const collect = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc !== undefined && process.memoryUsage().heapUsed < 2 * 1_073_741_824) gc()
}

async function timeRuns(runs: number, run: () => Promise<number> | number): Promise<Timing> {
  collect()
  let started = performance.now()
  const rows = await run()
  const first = performance.now() - started
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { first, p50: percentile(times, 50), p95: percentile(times, 95), rows }
}

const ms = (value: number | undefined): string => (value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(1))

async function benchOne(resources: number, options: ExplorerBenchOptions, log: (line: string) => void): Promise<ExplorerBenchResult> {
  const work = await mkdtemp(join(tmpdir(), 'skyhound-bench-explorer-'))
  try {
    if (options.db !== undefined) return await measureStored(resources, options.db, options, log)
    const dir = options.dir ?? join(work, 'estate')
    if (options.dir === undefined) {
      const started = performance.now()
      await generateDemoEstate({ outDir: dir, resources, seed: options.seed ?? 1 })
      log(`generated ${resources} resources in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    }
    let started = performance.now()
    const result = await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-bench-explorer' })
    const scanSeconds = (performance.now() - started) / 1000
    log(`scanned: ${result.graph.nodeCount} nodes, ${result.graph.edgeCount} edges in ${scanSeconds.toFixed(0)} s`)
    const file = join(work, 'bench.db')
    started = performance.now()
    const store = await openStore(file)
    await persistScan(store, result)
    await store.close()
    log(`SQLite snapshot written in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    const snapshot: MeasuredSnapshot = { id: result.header.id, graph: result.graph, findings: result.findings, sqliteFile: file, writeTo: (target) => persistScan(target, result) }
    return await measureSnapshot(resources, scanSeconds, snapshot, options, log)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

function* nodesOf(graph: SecurityGraph): Generator<GraphNode> {
  for (let i = 0; i < graph.nodeCount; i++) yield graph.node(i)
}

function* edgesOf(graph: SecurityGraph): Generator<GraphEdge> {
  for (let e = 0; e < graph.edgeCount; e++) yield graph.edge(e)
}

/** Loads the latest snapshot of a stored bench database (graph and findings) and measures it. */
async function measureStored(resources: number, file: string, options: ExplorerBenchOptions, log: (line: string) => void): Promise<ExplorerBenchResult> {
  const started = performance.now()
  const store = await openStore(file)
  let snapshot: MeasuredSnapshot
  try {
    const id = await store.latestSnapshotId()
    const summary = id === undefined ? undefined : await store.getSnapshot(id)
    if (id === undefined || summary === undefined) throw new Error(`${file} holds no complete snapshot; write one with npm run bench -- prepare-db`)
    const builder = new GraphBuilder()
    for await (const node of store.loadNodes(id)) builder.addNode(node)
    for await (const edge of store.loadEdges(id)) builder.addEdge(edge)
    const graph = builder.build().graph
    // No template tests recommendations, and a 1M-resource snapshot's 5M stored findings do not fit the
    // child's heap beside the graph: they are loaded only when a template needs them.
    const needsFindings = BUILTIN_TEMPLATES.some((t) => JSON.stringify(t.query).includes('"recommendation"'))
    const findings = needsFindings ? await store.loadFindings(id) : []
    const writeTo = async (target: Store): Promise<void> => {
      await target.writeSnapshot({ header: summary.snapshot, summary, nodes: nodesOf(graph), edges: edgesOf(graph), findings, records: [], issues: [] })
    }
    snapshot = { id, graph, findings, sqliteFile: file, writeTo }
  } finally {
    await store.close()
  }
  log(`loaded ${snapshot.graph.nodeCount} nodes, ${snapshot.graph.edgeCount} edges, ${snapshot.findings.length} findings from ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  return measureSnapshot(resources, 0, snapshot, options, log)
}

/** A snapshot to measure: in memory for the explorer, in a SQLite file, and writable to PostgreSQL. */
export interface MeasuredSnapshot {
  readonly id: string
  readonly graph: SecurityGraph
  readonly findings: readonly Finding[]
  readonly sqliteFile: string
  writeTo(store: Store): Promise<unknown>
}

/** Times the templates on a snapshot, then the SQL equivalents on the same snapshot in SQLite and PostgreSQL. */
export async function measureSnapshot(
  resources: number,
  scanSeconds: number,
  snapshot: MeasuredSnapshot,
  options: Pick<ExplorerBenchOptions, 'runs' | 'pgUrl' | 'skipSql'>,
  log: (line: string) => void,
): Promise<ExplorerBenchResult> {
  const runs = options.runs ?? 30
  const { graph, findings } = snapshot
  const timings = new Map<string, Timing>()
  for (const template of BUILTIN_TEMPLATES) {
    let stats = ''
    const timing = await timeRuns(runs, () => {
      const result = runQueryAst(graph, template.query, { findings })
      stats = `start ${result.stats.start}, ${result.stats.candidates} candidates, ${result.stats.edgeVisits} steps`
      return result.total
    })
    timings.set(template.id, timing)
    // One line per template as it ends: at 1M the SQL half takes much longer, and these figures stand alone.
    log(`  ${template.id} (${templateShape(template.query)}): ${timing.rows} rows, first ${ms(timing.first)} ms, p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms; ${stats}`)
  }
  // A recursive SQL template takes seconds at 1M resources: fewer runs keep the SQL half under an hour.
  const sqlRuns = graph.nodeCount > 500_000 ? Math.min(runs, 5) : runs

  const sqlite: Map<string, Timing> = new Map()
  const postgres: Map<string, Timing> = new Map()
  if (options.skipSql !== true) await measureSql(snapshot, sqlRuns, options.pgUrl, sqlite, postgres, log)
  return tabulate(resources, scanSeconds, graph, timings, sqlite, postgres, log)
}

async function measureSql(
  snapshot: MeasuredSnapshot,
  sqlRuns: number,
  pgUrl: string | undefined,
  sqlite: Map<string, Timing>,
  postgres: Map<string, Timing>,
  log: (line: string) => void,
): Promise<void> {
  let started: number
  const db = new Database(snapshot.sqliteFile, { readonly: true })
  try {
    for (const [id, text] of Object.entries(templateSql('sqlite'))) {
      const statement = db.prepare(text.replace(/\$1/g, '?'))
      const timing = await timeRuns(sqlRuns, () => statement.all(snapshot.id).length)
      sqlite.set(id, timing)
      log(`  SQLite ${id}: ${timing.rows} rows, p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms`)
    }
  } finally {
    db.close()
  }
  if (pgUrl !== undefined) {
    const schema = `skyhound_bench_${Date.now().toString(36)}`
    const admin = new pg.Client({ connectionString: pgUrl })
    await admin.connect()
    try {
      await admin.query(`create schema ${schema}`)
      const url = new URL(pgUrl)
      url.searchParams.set('schema', schema)
      started = performance.now()
      const pgStore = await openStore(url.toString())
      await snapshot.writeTo(pgStore)
      await pgStore.close()
      log(`PostgreSQL snapshot written in ${((performance.now() - started) / 1000).toFixed(0)} s`)
      await admin.query(`set search_path to ${schema}`)
      for (const [id, text] of Object.entries(templateSql('postgres'))) {
        const timing = await timeRuns(sqlRuns, async () => (await admin.query(text, [snapshot.id])).rowCount ?? 0)
        postgres.set(id, timing)
        log(`  PostgreSQL ${id}: ${timing.rows} rows, p50 ${ms(timing.p50)} ms, p95 ${ms(timing.p95)} ms`)
      }
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined)
      await admin.end()
    }
  }

}

function tabulate(
  resources: number,
  scanSeconds: number,
  graph: SecurityGraph,
  timings: ReadonlyMap<string, Timing>,
  sqlite: ReadonlyMap<string, Timing>,
  postgres: ReadonlyMap<string, Timing>,
  log: (line: string) => void,
): ExplorerBenchResult {
  const templates = BUILTIN_TEMPLATES.map((template): TemplateTiming => {
    const own = timings.get(template.id)!
    const lite = sqlite.get(template.id)
    const post = postgres.get(template.id)
    for (const [name, other] of [['SQLite', lite], ['PostgreSQL', post]] as const) {
      if (other !== undefined && other.rows !== own.rows) log(`!! ${template.id}: ${name} returned ${other.rows} rows, the explorer ${own.rows}`)
    }
    return { id: template.id, shape: templateShape(template.query), ...own, ...(lite === undefined ? {} : { sqlite: lite }), ...(post === undefined ? {} : { postgres: post }) }
  })
  return { resources, nodes: graph.nodeCount, edges: graph.edgeCount, scanSeconds, templates }
}

export function renderExplorerBench(result: ExplorerBenchResult): string {
  const lines = [
    `## ${result.resources.toLocaleString('en')} resources: ${result.nodes.toLocaleString('en')} nodes, ${result.edges.toLocaleString('en')} edges`,
    '',
    '| template | shape | rows | explorer first | explorer p50 | explorer p95 | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 |',
    '|--|--|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...result.templates.map(
      (t) =>
        `| \`${t.id}\` | ${t.shape} | ${t.rows} | ${ms(t.first)} | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.sqlite?.p50)} | ${ms(t.sqlite?.p95)} | ${ms(t.postgres?.p50)} | ${ms(t.postgres?.p95)} |`,
    ),
  ]
  const singleHop = result.templates.filter((t) => t.shape !== 'multi hop')
  const worst = singleHop.reduce((max, t) => Math.max(max, t.p95), 0)
  lines.push('', `Worst p95 of no-hop and single-hop templates: ${ms(worst)} ms (goal: under 100 ms at 1M resources). Times in ms.`)
  return lines.join('\n')
}

const RESULT_PREFIX = 'explorer-bench-result '

/**
 * Scanning 1M resources with every analysis needs more heap than `npm run bench` gives node (4 GB), so each
 * size runs in a child process with up to 16 GB (70 % of the machine's memory at most).
 */
function runChild(resources: number, options: ExplorerBenchOptions, log: (line: string) => void): Promise<ExplorerBenchResult> {
  const heapMb = Math.min(16_384, Math.floor((totalmem() / 1_048_576) * 0.7))
  const { log: _log, sizes: _sizes, ...rest } = options
  const child = spawn(
    process.execPath,
    ['--expose-gc', `--max-old-space-size=${heapMb}`, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify({ ...rest, resources })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  let result: ExplorerBenchResult | undefined
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    if (line.startsWith(RESULT_PREFIX)) result = JSON.parse(line.slice(RESULT_PREFIX.length)) as ExplorerBenchResult
    else log(line)
  })
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => (result !== undefined ? resolve(result) : reject(new Error(`explorer bench for ${resources} resources exited with ${code}`))))
  })
}

export async function benchExplorer(options: ExplorerBenchOptions): Promise<ExplorerBenchResult[]> {
  const log = options.log ?? ((line: string) => console.log(line))
  if ((options.dir !== undefined || options.db !== undefined) && options.sizes.length !== 1) throw new Error('--dir and --db reuse one estate: give one --resources')
  const results: ExplorerBenchResult[] = []
  for (const size of options.sizes) {
    const result = await runChild(size, options, log)
    log(renderExplorerBench(result))
    results.push(result)
  }
  return results
}

if (process.argv[2] === '--child' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { resources, ...options } = JSON.parse(process.argv[3] ?? '{}') as Omit<ExplorerBenchOptions, 'sizes'> & { resources: number }
  const result = await benchOne(resources, { ...options, sizes: [resources] }, (line) => console.log(line))
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`)
}
