/**
 * Posture API latency (`npm run bench -- posture-api [--resources N] [--seed S] [--dir DIR] [--seconds T]`):
 * generates and scans the demo estate (or reuses `--dir` as the store folder holding `bench.db`), serves
 * it with startServer on loopback, and drives each posture endpoint with autocannon (`--connections C`,
 * default 1 so latency is service time rather than queueing behind the other connections; T seconds each). Reports the cold first request (graph + findings index load), then p50/p95/max latency
 * and requests/s per endpoint. Latencies come from autocannon's per-response times, so p95 is exact.
 */
import autocannon from 'autocannon'
import { logMemory, withBenchServer } from './bench-db.js'
import type { ServerBenchOptions } from './bench-db.js'

export type PostureApiBenchOptions = ServerBenchOptions

export interface Row {
  readonly name: string
  readonly path: string
  readonly p50: number
  readonly p95: number
  readonly max: number
  readonly rps: number
  readonly errors: number
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function load(url: string, seconds: number, connections: number): Promise<{ times: number[]; rps: number; errors: number }> {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // The callback form returns the instance, whose `response` events carry each request's time.
    const instance = autocannon({ url, connections, duration: seconds }, (error, done) => (error === null || error === undefined ? resolve(done) : reject(error as Error)))
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  return { times, rps: result.requests.average, errors: result.errors + result.non2xx }
}

export function benchPostureApi(options: PostureApiBenchOptions): Promise<Row[]> {
  return withBenchServer(options, measurePosture)
}

/** The posture endpoints of a running server: cold first findings page, then each under load. */
export async function measurePosture(base: string, seconds: number, connections: number): Promise<Row[]> {
  let started = performance.now()
  const cold = await fetch(`${base}/findings?limit=50`)
  if (!cold.ok) throw new Error(`GET /findings answered ${cold.status}: ${await cold.text()}`)
  const first = (await cold.json()) as { total: number }
  console.log(`cold first findings page (graph + findings index): ${(performance.now() - started).toFixed(0)} ms; ${first.total} unhealthy findings`)
  logMemory('after the cold load')
  const recs = (await (await fetch(`${base}/recommendations`)).json()) as { controls: { recommendations: { id: string }[] }[] }
  const top = recs.controls[0]?.recommendations[0]?.id ?? 'none'
  started = performance.now()
  await fetch(`${base}/overview`)
  console.log(`first overview (attack path records, coverage): ${(performance.now() - started).toFixed(0)} ms`)
  const endpoints: [string, string][] = [
    ['baseline: health (no posture work)', '/health'],
    ['findings page 1', '/findings?limit=50'],
    ['findings page, offset 10 000', '/findings?limit=50&offset=10000'],
    ['findings, filtered (aws, high)', '/findings?provider=aws&severity=high&limit=50'],
    ['findings, text search', '/findings?q=prod&limit=50'],
    ['recommendations by control', '/recommendations'],
    ['recommendations by resource', '/recommendations/resources?limit=50'],
    ['recommendation detail', `/recommendations/${top}?limit=50`],
    ['secure score', '/score'],
    ['overview', '/overview'],
  ]
  const rows: Row[] = []
  // Filtered lists are cached per filter; distinct searches show the uncached cost (one scan of the findings).
  const uncached: number[] = []
  for (let i = 0; i < 20; i++) {
    started = performance.now()
    await (await fetch(`${base}/findings?q=${i}${i}&limit=50`)).arrayBuffer()
    uncached.push(performance.now() - started)
  }
  uncached.sort((a, b) => a - b)
  rows.push({ name: 'findings, uncached text search', path: '/findings?q=<20 distinct>', p50: percentile(uncached, 50), p95: percentile(uncached, 95), max: uncached[uncached.length - 1]!, rps: Number.NaN, errors: 0 })
  console.log(`findings, 20 uncached searches    p50 ${percentile(uncached, 50).toFixed(1)} ms  p95 ${percentile(uncached, 95).toFixed(1)} ms (sequential)`)
  for (const [name, path] of endpoints) {
    const { times, rps, errors } = await load(`${base}${path}`, seconds, connections)
    const row = { name, path, p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] ?? Number.NaN, rps, errors }
    rows.push(row)
    console.log(`${name.padEnd(32)} p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  max ${row.max.toFixed(0).padStart(5)} ms  ${rps.toFixed(0).padStart(6)} req/s  errors ${errors}`)
  }
  return rows
}
