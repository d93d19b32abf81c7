/**
 * @module Attack path benchmark (`npm run bench -- paths [--resources N]`, default 100 000 then 1 000 000):
 * a generated post-analysis estate (VMs, functions and pods with exposure and vulnerability insights,
 * workload identities, role chains, IRSA, container escapes, permissions to buckets, databases and key
 * vaults, account and cluster admins), then
 *   1. Skyhound: derive the attack graph, search every entry → every target (best path + count per
 *      group), build the contract objects in analyzeAttackPaths's order; wall and CPU time per stage
 *      (with the load average: the development VM is shared), peak RSS and heap;
 *   2. the same reachability ((entry, target) pairs within the same depth over the same moves) as a
 *      recursive SQL query (WITH RECURSIVE) in SQLite and PostgreSQL, the graph-on-SQL peers' approach.
 * PostgreSQL runs when SKYHOUND_BENCH_PG_URL or SKYHOUND_TEST_PG_URL is set (e.g. postgresql://postgres@127.0.0.1/postgres).
 * Each SQL query is capped (SKYHOUND_BENCH_SQL_TIMEOUT_S, default 600 s); a capped run reports "> cap".
 */
import Database from 'better-sqlite3'
import pg from 'pg'
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { Insight, NodeInput } from '../../src/model/graph-types.js'
import { INTERNET_NODE_ID } from '../../src/model/graph-types.js'
import os from 'node:os'
import { buildAttackPath, sortPaths } from '../../src/paths/build-paths.js'
import { ATTACK_EDGES } from '../../src/paths/edges/index.js'
import { indexFindings } from '../../src/paths/remediation.js'
import { buildAttackGraph } from '../../src/paths/search/attack-graph.js'
import type { AttackGraph } from '../../src/paths/search/attack-graph.js'
import { DEFAULT_MAX_DEPTH, searchAttackPaths } from '../../src/paths/search/search-paths.js'

const mb = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

/** Deterministic xorshift32. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 4294967296
  }
}

const ins = (id: Insight['id'], params: Insight['params'] = {}): Insight => ({ id, params, evidence: [{ source: 'bench' }] })
const WIDE = ins('exposed-to-internet', { ports: ['443'], protocol: 'tcp', width: 'wide', via: [] })

export function generatePathEstate(resources: number, seed = 1): SecurityGraph {
  const r = rng(seed)
  const b = new GraphBuilder()
  const pick = (n: number): number => Math.floor(r() * n)
  const count = (share: number): number => Math.max(1, Math.floor(resources * share))
  const accounts = Math.max(2, Math.floor(resources / 50_000))
  const acct = (i: number): string => `aws://accounts/${String(100000000000 + (i % accounts))}`
  const add = (node: NodeInput): void => {
    b.addNode(node)
  }
  add({ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' })
  for (let a = 0; a < accounts; a++) add({ id: acct(a), kind: 'aws.account', family: 'account', provider: 'aws', scope: acct(a), name: acct(a) })
  const n = {
    vm: count(0.2), fn: count(0.08), pod: count(0.15), sa: count(0.05), role: count(0.05),
    bucket: count(0.25), db: count(0.05), kv: count(0.02), node: count(0.004), filler: count(0.146),
  }
  const role = (i: number): string => `arn:aws:iam::${i % accounts}:role/r${i}`
  const bucket = (i: number): string => `arn:aws:s3:::b${i}`
  const db = (i: number): string => `arn:aws:rds:eu-west-1:${i % accounts}:db:d${i}`
  const kv = (i: number): string => `arn:aws:secretsmanager:eu-west-1:${i % accounts}:secret:s${i}`
  const sa = (i: number): string => `k8s://c${i % 3}/ns${i % 50}/serviceaccount/sa${i}`
  const knode = (i: number): string => `k8s://c${i % 3}/_/node/n${i}`
  const edge = (from: string, to: string, kind: Parameters<GraphBuilder['addEdge']>[0]['kind'], props: Record<string, string | boolean> = {}): void =>
    b.addEdge({ from, to, kind, props, evidence: [{ source: 'bench' }] })
  const workloadInsights = (exposedShare: number): Insight[] => {
    const out: Insight[] = []
    if (r() < exposedShare) out.push(WIDE)
    const v = r()
    if (v < 0.3) out.push(ins('has-high-severity-vulnerabilities'))
    if (v < 0.15) out.push(ins('vulnerable-to-rce'))
    return out
  }
  for (let c = 0; c < 3; c++) add({ id: `k8s://c${c}`, kind: 'k8s.cluster', family: 'k8s-cluster', provider: 'kubernetes', scope: `k8s://c${c}`, name: `c${c}` })
  for (let i = 0; i < n.role; i++) add({ id: role(i), kind: 'aws.iam.role', family: 'identity', provider: 'aws', scope: acct(i), name: `r${i}` })
  for (let i = 0; i < n.bucket; i++) {
    const pub = r() < 0.005
    add({ id: bucket(i), kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws', scope: acct(i), name: `b${i}`,
      tags: { 'data-classification': r() < 0.2 ? 'confidential' : 'internal' }, insights: pub ? [ins('allows-public-access'), WIDE] : [] })
  }
  for (let i = 0; i < n.db; i++) add({ id: db(i), kind: 'aws.rds.db-instance', family: 'managed-database', provider: 'aws', scope: acct(i), name: `d${i}`, tags: { 'data-classification': r() < 0.3 ? 'confidential' : 'internal' } })
  for (let i = 0; i < n.kv; i++) add({ id: kv(i), kind: 'aws.secretsmanager.secret', family: 'secret-store', provider: 'aws', scope: acct(i), name: `s${i}` })
  for (let i = 0; i < n.sa; i++) add({ id: sa(i), kind: 'k8s.serviceaccount', family: 'identity', provider: 'kubernetes', scope: `k8s://c${i % 3}`, name: `sa${i}` })
  for (let i = 0; i < n.node; i++) {
    add({ id: knode(i), kind: 'k8s.node', family: 'k8s-node', provider: 'kubernetes', scope: `k8s://c${i % 3}`, name: `n${i}` })
    edge(knode(i), role(pick(n.role)), 'can-authenticate-as', { via: 'providerID' })
  }
  for (let i = 0; i < n.vm; i++) {
    const id = `arn:aws:ec2:eu-west-1:${i % accounts}:instance/i-${i}`
    add({ id, kind: 'aws.ec2.instance', family: 'vm', provider: 'aws', scope: acct(i), name: `vm${i}`, insights: workloadInsights(0.03) })
    edge(id, role(pick(n.role)), 'can-authenticate-as', { via: 'instance-profile' })
    edge(acct(i), id, 'contains')
  }
  for (let i = 0; i < n.fn; i++) {
    const id = `arn:aws:lambda:eu-west-1:${i % accounts}:function:f${i}`
    add({ id, kind: 'aws.lambda.function', family: 'function', provider: 'aws', scope: acct(i), name: `f${i}`, insights: workloadInsights(0.02) })
    edge(id, role(pick(n.role)), 'can-authenticate-as', { via: 'execution-role' })
  }
  for (let i = 0; i < n.pod; i++) {
    const id = `k8s://c${i % 3}/ns${i % 50}/pod/p${i}`
    const insights = workloadInsights(0.05)
    if (r() < 0.02) insights.push(ins('privileged-container'))
    add({ id, kind: 'k8s.pod', family: 'pod', provider: 'kubernetes', scope: `k8s://c${i % 3}`, name: `p${i}`, insights })
    edge(id, sa(pick(n.sa)), 'can-authenticate-as', { tokenMounted: r() < 0.8 })
    const node = knode(pick(n.node))
    edge(id, node, 'runs-on')
    if (insights.some((x) => x.id === 'privileged-container')) edge(id, node, 'can-assume', { method: 'container-escape' })
  }
  for (let i = 0; i < n.sa; i++) {
    if (r() < 0.1) edge(sa(i), role(pick(n.role)), 'can-assume', { method: 'irsa' })
    if (r() < 0.01) edge(sa(i), `k8s://c${i % 3}`, 'has-permission-to', { level: 'admin', via: 'cluster-admin' })
  }
  for (let i = 0; i < n.role; i++) {
    // Most roles read a few buckets; a few broad ones (ReadOnlyAccess-like) read hundreds.
    const reads = r() < 0.05 ? 300 : 6
    for (let k = 0; k < reads; k++) edge(role(i), bucket(pick(n.bucket)), 'has-permission-to', { level: r() < 0.8 ? 'read' : 'write', via: 'policy' })
    if (r() < 0.5) edge(role(i), db(pick(n.db)), 'has-permission-to', { level: 'read', via: 'policy' })
    if (r() < 0.05) edge(role(i), kv(pick(n.kv)), 'has-permission-to', { level: 'read', via: 'policy' })
    // Role chains: on average each role may assume 1.2 others (deployment and break-glass chains, hub accounts).
    for (let k = 0; k < 3; k++) if (r() < 0.4) edge(role(i), role(pick(n.role)), 'can-assume', { method: 'sts:AssumeRole' })
    if (r() < 0.005) edge(role(i), acct(i), 'has-permission-to', { level: 'admin', via: 'AdministratorAccess' })
  }
  for (let i = 0; i < n.filler; i++) {
    const id = `arn:aws:ec2:eu-west-1:${i % accounts}:volume/v${i}`
    add({ id, kind: 'aws.ec2.volume', family: 'disk', provider: 'aws', scope: acct(i), name: `v${i}` })
    edge(acct(i), id, 'contains')
  }
  return b.build().graph
}

/**
 * Peak RSS sampled every 20 ms while `work` runs, wall time, and the process's CPU time (user + system,
 * GC threads included): on a shared machine the wall time also counts the time other processes held the cores.
 */
async function withPeak<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number; peakRss: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const cpu = process.cpuUsage()
  const t = performance.now()
  try {
    const value = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    const used = process.cpuUsage(cpu)
    return { value, ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, peakRss: peak }
  } finally {
    clearInterval(timer)
  }
}

/** The reachability both sides compute: (entry, target ≠ entry) pairs within the lateral depth, over the attack graph's moves. */
function sqlInputs(ag: AttackGraph): { src: Int32Array; dst: Int32Array; entries: Int32Array; targets: Int32Array } {
  const lateral: number[] = []
  for (let k = 0; k < ag.from.length; k++) if (ag.from[k] !== ag.origin) lateral.push(k)
  const src = Int32Array.from(lateral, (k) => ag.from[k]!)
  const dst = Int32Array.from(lateral, (k) => ag.to[k]!)
  const entries = ag.to.slice(ag.offsets[ag.origin], ag.offsets[ag.origin + 1])
  const targets: number[] = []
  for (let v = 0; v < ag.size; v++) if (ag.target[v] === 1) targets.push(v)
  return { src, dst, entries, targets: Int32Array.from(targets) }
}

const lateralDepth = DEFAULT_MAX_DEPTH - 1
const REACH_SQL = `
WITH RECURSIVE reach(entry, node, depth) AS (
  SELECT node, node, 0 FROM entries
  UNION
  SELECT r.entry, m.dst, r.depth + 1 FROM reach r JOIN moves m ON m.src = r.node WHERE r.depth < ${lateralDepth}
)
SELECT COUNT(*) AS pairs FROM (SELECT DISTINCT r.entry, r.node FROM reach r JOIN targets t ON t.node = r.node WHERE r.node <> r.entry) AS p`

function sqliteReach(input: ReturnType<typeof sqlInputs>): { pairs: number; loadMs: number; queryMs: number } {
  const db = new Database(':memory:')
  const t0 = performance.now()
  db.exec('CREATE TABLE moves (src INTEGER NOT NULL, dst INTEGER NOT NULL); CREATE TABLE entries (node INTEGER PRIMARY KEY); CREATE TABLE targets (node INTEGER PRIMARY KEY)')
  const insertMove = db.prepare('INSERT INTO moves VALUES (?, ?)')
  const insertEntry = db.prepare('INSERT OR IGNORE INTO entries VALUES (?)')
  const insertTarget = db.prepare('INSERT OR IGNORE INTO targets VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < input.src.length; i++) insertMove.run(input.src[i], input.dst[i])
    for (const e of input.entries) insertEntry.run(e)
    for (const t of input.targets) insertTarget.run(t)
  })()
  db.exec('CREATE INDEX moves_src ON moves (src, dst); ANALYZE')
  const loadMs = performance.now() - t0
  const t1 = performance.now()
  const row = db.prepare(REACH_SQL).get() as { pairs: number }
  const queryMs = performance.now() - t1
  db.close()
  return { pairs: Number(row.pairs), loadMs, queryMs }
}

async function postgresReach(url: string, input: ReturnType<typeof sqlInputs>, timeoutS: number): Promise<{ pairs: number | undefined; loadMs: number; queryMs: number }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const t0 = performance.now()
    await client.query('CREATE TEMP TABLE moves (src int NOT NULL, dst int NOT NULL); CREATE TEMP TABLE entries (node int PRIMARY KEY); CREATE TEMP TABLE targets (node int PRIMARY KEY)')
    const chunk = 200_000
    for (let i = 0; i < input.src.length; i += chunk) {
      await client.query('INSERT INTO moves SELECT * FROM unnest($1::int[], $2::int[])', [Array.from(input.src.subarray(i, i + chunk)), Array.from(input.dst.subarray(i, i + chunk))])
    }
    await client.query('INSERT INTO entries SELECT DISTINCT unnest($1::int[])', [Array.from(input.entries)])
    await client.query('INSERT INTO targets SELECT DISTINCT unnest($1::int[])', [Array.from(input.targets)])
    await client.query('CREATE INDEX ON moves (src, dst); ANALYZE moves; ANALYZE entries; ANALYZE targets')
    const loadMs = performance.now() - t0
    await client.query(`SET statement_timeout = ${timeoutS * 1000}`)
    await client.query("SET work_mem = '256MB'")
    const t1 = performance.now()
    try {
      const result = await client.query<{ pairs: string }>(REACH_SQL)
      return { pairs: Number(result.rows[0]!.pairs), loadMs, queryMs: performance.now() - t1 }
    } catch (error) {
      if (String(error).includes('statement timeout')) return { pairs: undefined, loadMs, queryMs: timeoutS * 1000 }
      throw error
    }
  } finally {
    await client.end()
  }
}

async function benchOne(resources: number, pgUrl: string | undefined, timeoutS: number): Promise<void> {
  const tg = performance.now()
  const graph = generatePathEstate(resources)
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  console.log(`\npaths bench: ${resources.toLocaleString('en')} resources → graph ${graph.nodeCount.toLocaleString('en')} nodes, ${graph.edgeCount.toLocaleString('en')} edges (generated in ${sec(performance.now() - tg)})`)

  const derive = await withPeak(() => buildAttackGraph(graph, ATTACK_EDGES))
  const ag = derive.value
  const search = await withPeak(() => searchAttackPaths(ag))
  const groups = search.value
  // What analyzeAttackPaths does after the search: the contract objects, in their deterministic order.
  const build = await withPeak(() => {
    const remediation = indexFindings(ag, [])
    return sortPaths(groups.map((g) => buildAttackPath(ag, g, remediation)))
  })
  const heapAfter = process.memoryUsage().heapUsed
  const pathsTotal = groups.reduce((sum, g) => sum + g.count, 0)
  const truncated = groups.filter((g) => g.truncated).length
  const totalMs = derive.ms + search.ms + build.ms
  const totalCpuMs = derive.cpuMs + search.cpuMs + build.cpuMs
  const entries = ag.offsets[ag.origin + 1]! - ag.offsets[ag.origin]!
  console.log(`  attack graph: ${ag.from.length.toLocaleString('en')} moves, ${entries.toLocaleString('en')} entries, ${ag.target.reduce((s, t) => s + t, 0).toLocaleString('en')} targets`)
  console.log(`  skyhound: derive ${sec(derive.ms)} · search ${sec(search.ms)} · build ${sec(build.ms)} · total ${sec(totalMs)} → ${groups.length.toLocaleString('en')} groups, ${pathsTotal.toLocaleString('en')} paths${truncated > 0 ? ` (${truncated} groups counted up to the budget)` : ''}`)
  console.log(`  skyhound CPU time: derive ${sec(derive.cpuMs)} · search ${sec(search.cpuMs)} · build ${sec(build.cpuMs)} · total ${sec(totalCpuMs)} (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores)`)
  console.log(`  memory: peak RSS ${mb(Math.max(derive.peakRss, search.peakRss, build.peakRss))}, heap +${mb(heapAfter - heapBefore)} for attack graph and paths`)

  const pairs = new Set<string>()
  for (const g of groups) if (g.target !== g.entry && ag.target[g.target] === 1) pairs.add(`${g.entry}:${g.target}`)
  const input = sqlInputs(ag)
  const searchOnly = search.ms
  const lite = sqliteReach(input)
  console.log(`  sqlite WITH RECURSIVE: load ${sec(lite.loadMs)} · query ${sec(lite.queryMs)} → ${lite.pairs.toLocaleString('en')} pairs (skyhound ${pairs.size.toLocaleString('en')}${lite.pairs === pairs.size ? ', same' : ', DIFFERENT'}) · skyhound search is ${(lite.queryMs / searchOnly).toFixed(0)}× faster (${(lite.queryMs / totalMs).toFixed(0)}× end to end)`)
  if (pgUrl === undefined) {
    console.log('  postgresql: skipped (set SKYHOUND_BENCH_PG_URL=postgresql://…)')
    return
  }
  const pgr = await postgresReach(pgUrl, input, timeoutS)
  const pgPairs = pgr.pairs === undefined ? `> ${timeoutS} s, cancelled` : `${pgr.pairs.toLocaleString('en')} pairs${pgr.pairs === pairs.size ? ', same' : ', DIFFERENT'}`
  console.log(`  postgresql WITH RECURSIVE: load ${sec(pgr.loadMs)} · query ${pgr.pairs === undefined ? '>' : ''}${sec(pgr.queryMs)} → ${pgPairs} · skyhound search is ${pgr.pairs === undefined ? '>' : ''}${(pgr.queryMs / searchOnly).toFixed(0)}× faster (${(pgr.queryMs / totalMs).toFixed(0)}× end to end)`)
}

export async function benchPaths(options: { readonly resources?: readonly number[] } = {}): Promise<void> {
  const pgUrl = process.env['SKYHOUND_BENCH_PG_URL'] || process.env['SKYHOUND_TEST_PG_URL'] || undefined
  const timeoutS = Number(process.env['SKYHOUND_BENCH_SQL_TIMEOUT_S'] ?? 600)
  for (const resources of options.resources ?? [100_000, 1_000_000]) await benchOne(resources, pgUrl, timeoutS)
}
