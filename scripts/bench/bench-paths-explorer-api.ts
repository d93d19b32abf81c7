/**
 * Attack path and explorer API latency (`npm run bench -- paths-explorer-api [--resources N] [--seed S]
 * [--dir DIR] [--seconds T] [--connections C]`): generates and scans the demo estate (or reuses `--dir`
 * holding `bench.db`), serves it with startServer on loopback, and drives each endpoint with autocannon
 * (C connections, default 1, so latency is service time rather than queueing; T seconds each). Reports
 * the cold first requests (graph load; choke points' what-ifs), then p50/p95/max and requests/s.
 */
import autocannon from 'autocannon'
import { logMemory, withBenchServer } from './bench-db.js'
import type { ServerBenchOptions } from './bench-db.js'

export type PathsExplorerApiBenchOptions = ServerBenchOptions

interface Endpoint {
  readonly name: string
  readonly path: string
  readonly body?: unknown
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function load(url: string, body: unknown, seconds: number, connections: number): Promise<{ times: number[]; rps: number; errors: number }> {
  const times: number[] = []
  const request =
    body === undefined ? { url } : { url, method: 'POST' as const, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...request, connections, duration: seconds }, (error, done) =>
      error === null || error === undefined ? resolve(done) : reject(error as Error),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return { times, rps: result.requests.average, errors: result.errors + result.non2xx }
}

async function timed(label: string, url: string, body?: unknown): Promise<unknown> {
  const started = performance.now()
  const response = await fetch(url, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
  const json: unknown = await response.json()
  if (!response.ok) throw new Error(`${label} answered ${response.status}: ${JSON.stringify(json)}`)
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`)
  return json
}

export function benchPathsExplorerApi(options: PathsExplorerApiBenchOptions): Promise<void> {
  return withBenchServer(options, measurePathsExplorer)
}

/** The attack-path and explorer endpoints of a running server: cold first requests, then each under load. */
export async function measurePathsExplorer(base: string, seconds: number, connections: number): Promise<void> {
  const page = (await timed('cold first list (graph load + stored paths + findings)', `${base}/attack-paths?limit=50`)) as { total: number; items: { id: string }[] }
  console.log(`${page.total} attack paths`)
  logMemory('after the cold load')
  const top = page.items[0]?.id ?? 'none'
  const chokes = (await timed('cold choke points (a what-if per candidate; cached after)', `${base}/attack-paths/choke-points?limit=10`)) as {
    chokePoints: { kind: string; id: string; from: string | null; to: string | null }[]
  }
  const choke = chokes.chokePoints[0]
  const change = choke === undefined ? { removeNodes: ['none'] } : choke.kind === 'node' ? { removeNodes: [choke.id] } : { removeEdges: [{ from: choke.from, to: choke.to }] }
  await timed('cold explorer seed template', `${base}/explorer/templates/k8s-rbac-off-unrestricted-access/run`, {})
  const endpoints: Endpoint[] = [
    { name: 'baseline: health', path: '/health' },
    { name: 'attack paths page 1', path: '/attack-paths?limit=50' },
    { name: 'attack paths, filtered + search', path: '/attack-paths?risk=critical&risk=high&provider=aws&q=prod&limit=50' },
    { name: 'attack paths, grouped by target', path: '/attack-paths?groupBy=target-kind&sort=title&limit=50' },
    { name: 'attack path detail', path: `/attack-paths/${top}` },
    { name: 'choke points (cached)', path: '/attack-paths/choke-points?limit=10' },
    { name: 'what-if (top choke point)', path: '/attack-paths/what-if', body: change },
    { name: 'explorer templates list', path: '/explorer/templates' },
    { name: 'explorer seed template run', path: '/explorer/templates/k8s-rbac-off-unrestricted-access/run', body: {} },
    { name: 'explorer text, 2-hop connection', path: '/explorer/run-text', body: { text: 'MATCH (w:vm|pod)-[:can-authenticate-as*1..2]->(:identity)-[:has-permission-to]->(:secret-store) RETURN w', limit: 100 } },
  ]
  for (const endpoint of endpoints) {
    const { times, rps, errors } = await load(`${base}${endpoint.path}`, endpoint.body, seconds, connections)
    const line = `${endpoint.name.padEnd(34)} p50 ${percentile(times, 50).toFixed(1).padStart(8)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(8)} ms  max ${(times.at(-1) ?? Number.NaN).toFixed(0).padStart(6)} ms  ${rps.toFixed(0).padStart(6)} req/s  errors ${errors}`
    console.log(line)
  }
}
