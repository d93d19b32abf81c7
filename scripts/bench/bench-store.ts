/**
 * @module Store benchmark: time and peak RSS to write and to load one generated snapshot (default 100k
 * nodes / 300k edges) on SQLite and, when a URL is given, PostgreSQL. Each phase runs in its own child
 * process so that its peak RSS is its own. `npm run bench -- store` calls `benchStore`; it also runs
 * alone: `npx tsx scripts/bench/bench-store.ts [--nodes N] [--edges N] [--pg postgresql://…]`.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import type { GraphEdge, GraphNode } from '../../src/model/graph-types.js'
import type { SnapshotSummary } from '../../src/model/snapshot.js'
import { EDGE_KIND_IDS } from '../../src/model/vocabulary.js'
import { openStore } from '../../src/store/open-store.js'

export interface BenchStoreOptions {
  readonly nodes?: number
  readonly edges?: number
  /**
   * PostgreSQL server to measure (a scratch schema is created and dropped). Defaults to
   * SKYHOUND_BENCH_PG_URL, then SKYHOUND_TEST_PG_URL; SQLite only when none is set.
   */
  readonly pgUrl?: string
  readonly log?: (line: string) => void
}

export interface BenchStoreResult {
  readonly backend: 'sqlite' | 'postgres'
  readonly phase: 'write' | 'load'
  readonly ms: number
  /** CPU time of the Skyhound process (user + system); the PostgreSQL server's own CPU is not in it. */
  readonly cpuMs: number
  readonly peakRssMb: number
  /** RSS of the child before the phase started (runtime + modules). */
  readonly startRssMb: number
  /** SQLite file size after the write. */
  readonly fileMb?: number
}

const SNAPSHOT_ID = 'bench-snapshot'
const SELF = fileURLToPath(import.meta.url)

function benchNode(i: number): GraphNode {
  const account = `1111222233${String(i % 100).padStart(2, '0')}`
  return {
    id: `arn:aws:ec2:eu-west-1:${account}:instance/i-${i.toString(16).padStart(17, '0')}`,
    kind: 'aws.ec2.instance',
    family: 'vm',
    provider: 'aws',
    scope: `aws://accounts/${account}`,
    name: `web-${i}`,
    region: 'eu-west-1',
    tags: { env: i % 2 === 0 ? 'prod' : 'dev', team: `team-${i % 17}` },
    props: {
      publicIp: i % 10 === 0 ? `203.0.113.${i % 256}` : null,
      encrypted: i % 3 !== 0,
      instanceType: 't3.medium',
      config: { imageId: `ami-${i % 1000}`, subnetId: `subnet-${i % 50}`, securityGroups: [`sg-${i % 40}`] },
    },
    insights: i % 10 === 0 ? [{ id: 'exposed-to-internet', params: { ports: [443] }, evidence: [] }] : [],
    provenance: [{ file: 'exports/config.ndjson', format: 'aws-config', location: `line ${i + 1}` }],
  }
}

function benchEdge(i: number, nodes: number): GraphEdge {
  return {
    from: benchNode(i % nodes).id,
    to: benchNode((i * 7 + 1) % nodes).id,
    kind: EDGE_KIND_IDS[i % EDGE_KIND_IDS.length]!,
    props: i % 4 === 0 ? { ports: [22, 443], protocol: 'tcp' } : {},
    evidence: [],
  }
}

function* range<T>(count: number, make: (i: number) => T): Generator<T> {
  for (let i = 0; i < count; i++) yield make(i)
}

function summary(nodes: number, edges: number): SnapshotSummary {
  return {
    snapshot: { id: SNAPSHOT_ID, createdAt: new Date().toISOString(), inputs: [] },
    resources: { total: nodes, byProvider: { aws: nodes }, byFamily: { vm: nodes }, byKind: { 'aws.ec2.instance': nodes } },
    edges: { total: edges, byKind: {}, dangling: 0 },
    issues: [],
    findings: { total: 0, bySeverity: {} },
    attackPaths: { total: 0, byRisk: {} },
    secureScore: null,
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/** One phase, in this (child) process; prints its figures as one JSON line. */
async function runPhase(phase: 'write' | 'load', location: string, nodes: number, edges: number): Promise<void> {
  const startRss = process.memoryUsage.rss()
  const startCpu = process.cpuUsage()
  const started = performance.now()
  const store = await openStore(location)
  if (phase === 'write') {
    const s = summary(nodes, edges)
    await store.writeSnapshot({
      header: s.snapshot,
      summary: s,
      nodes: { [Symbol.iterator]: () => range(nodes, benchNode) },
      edges: { [Symbol.iterator]: () => range(edges, (i) => benchEdge(i, nodes)) },
      findings: [],
      records: [],
      issues: [],
    })
  } else {
    let seen = 0
    for await (const node of store.loadNodes(SNAPSHOT_ID)) seen += node.id.length > 0 ? 1 : 0
    for await (const edge of store.loadEdges(SNAPSHOT_ID)) seen += edge.from.length > 0 ? 1 : 0
    if (seen !== nodes + edges) throw new Error(`loaded ${seen} items, expected ${nodes + edges}`)
  }
  await store.close()
  const ms = Math.round(performance.now() - started)
  const cpu = process.cpuUsage(startCpu)
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000)
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024)
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, peakRssMb, startRssMb: mb(startRss) })}\n`)
}

type PhaseFigures = Pick<BenchStoreResult, 'ms' | 'cpuMs' | 'peakRssMb' | 'startRssMb'>

function child(args: readonly string[]): Promise<PhaseFigures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
    proc.on('error', reject)
    proc.on('close', (code) => {
      if (code !== 0) reject(new Error(`bench phase ${args.join(' ')} exited with ${code}`))
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as PhaseFigures)
    })
  })
}

/** Measures write and load on SQLite (temp file) and PostgreSQL (scratch schema) and prints a table. */
export async function benchStore(options: BenchStoreOptions = {}): Promise<BenchStoreResult[]> {
  const nodes = options.nodes ?? 100_000
  const edges = options.edges ?? 300_000
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`))
  const results: BenchStoreResult[] = []
  const pgUrl = options.pgUrl ?? (process.env['SKYHOUND_BENCH_PG_URL'] || process.env['SKYHOUND_TEST_PG_URL'] || undefined)
  const size = ['--nodes', String(nodes), '--edges', String(edges)]

  const dir = await mkdtemp(join(tmpdir(), 'skyhound-bench-store-'))
  try {
    const file = join(dir, 'bench.db')
    const write = await child(['--phase', 'write', '--location', file, ...size])
    const fileMb = mb((await stat(file)).size)
    results.push({ backend: 'sqlite', phase: 'write', ...write, fileMb })
    results.push({ backend: 'sqlite', phase: 'load', ...(await child(['--phase', 'load', '--location', file, ...size])) })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  if (pgUrl !== undefined) {
    const schema = `skyhound_bench_${randomBytes(4).toString('hex')}`
    const url = new URL(pgUrl)
    url.searchParams.set('schema', schema)
    const admin = new pg.Client({ connectionString: pgUrl })
    await admin.connect()
    try {
      const location = url.toString()
      results.push({ backend: 'postgres', phase: 'write', ...(await child(['--phase', 'write', '--location', location, ...size])) })
      results.push({ backend: 'postgres', phase: 'load', ...(await child(['--phase', 'load', '--location', location, ...size])) })
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`)
      await admin.end()
    }
  } else {
    log('store bench: PostgreSQL skipped (pass --pg postgresql://… or set SKYHOUND_BENCH_PG_URL)')
  }

  log(`store bench: ${nodes} nodes, ${edges} edges (each phase in a fresh process)`)
  for (const r of results) {
    const extra = r.fileMb === undefined ? '' : `, file ${r.fileMb} MB`
    log(
      `  ${r.backend.padEnd(8)} ${r.phase.padEnd(5)} ${(r.ms / 1000).toFixed(2).padStart(7)} s ` +
        `(cpu ${(r.cpuMs / 1000).toFixed(2)} s)  ` +
        `peak RSS ${String(r.peakRssMb).padStart(6)} MB (start ${r.startRssMb} MB)${extra}`,
    )
  }
  return results
}

if (process.argv[1] === SELF) {
  const { values } = parseArgs({
    options: {
      phase: { type: 'string' },
      location: { type: 'string' },
      nodes: { type: 'string' },
      edges: { type: 'string' },
      pg: { type: 'string' },
    },
  })
  const nodes = Number(values.nodes ?? 100_000)
  const edges = Number(values.edges ?? 300_000)
  const run =
    values.phase === 'write' || values.phase === 'load'
      ? runPhase(values.phase, values.location ?? '', nodes, edges)
      : benchStore({ nodes, edges, ...(values.pg === undefined ? {} : { pgUrl: values.pg }) }).then(() => undefined)
  run.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  })
}
