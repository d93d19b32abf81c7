/**
 * The scanned demo estate the API and explorer benches share: `DIR/bench.db`, written once by generating the
 * estate, scanning it and persisting the snapshot. A 1M-resource scan takes over ten minutes, so every bench
 * that can run on a stored snapshot reuses the same file (`npm run bench -- prepare-db --resources N --dir DIR`
 * writes it alone).
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import { persistScan } from '../../src/scan/persist.js'
import { scan } from '../../src/scan/pipeline.js'
import { startServer } from '../../src/server/start-server.js'
import { openStore } from '../../src/store/open-store.js'

export interface BenchDbOptions {
  readonly dir: string
  readonly resources: number
  readonly seed?: number
  readonly log?: (line: string) => void
}

/** Path of `dir/bench.db`, generated and scanned first when it does not exist yet. */
export async function ensureBenchDb(options: BenchDbOptions): Promise<string> {
  const log = options.log ?? ((line: string) => console.log(line))
  await mkdir(options.dir, { recursive: true })
  const file = join(options.dir, 'bench.db')
  if (existsSync(file)) {
    log(`reusing ${file}`)
    return file
  }
  const estate = join(options.dir, 'estate')
  let started = performance.now()
  await generateDemoEstate({ outDir: estate, resources: options.resources, seed: options.seed ?? 1 })
  log(`generated ${options.resources} resources in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  started = performance.now()
  const result = await scan({ paths: [estate], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-bench' })
  log(
    `scanned ${result.graph.nodeCount} nodes, ${result.graph.edgeCount} edges, ${result.findings.length} findings, ` +
      `${result.attackPaths.length} attack paths in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  started = performance.now()
  // Written beside the final name and renamed, so an interrupted run never leaves a half-written bench.db to reuse.
  const partial = `${file}.partial`
  await rm(partial, { force: true })
  const store = await openStore(partial)
  await persistScan(store, result)
  await store.close()
  await rename(partial, file)
  log(`stored the snapshot in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  await rm(estate, { recursive: true, force: true })
  return file
}

/** Heap and resident memory of this process, which hosts the server in the API benches. */
export function logMemory(when: string): void {
  const { heapUsed, rss } = process.memoryUsage()
  console.log(`memory ${when}: heap used ${(heapUsed / 1_073_741_824).toFixed(2)} GB, RSS ${(rss / 1_073_741_824).toFixed(2)} GB`)
}

export interface ServerBenchOptions {
  readonly resources: number
  readonly seed?: number
  /** Keeps (or reuses) bench.db here; without it the estate is scanned into a temporary folder. */
  readonly dir?: string
  /** Seconds of load per endpoint (default 10). */
  readonly seconds?: number
  /** Concurrent connections (default 1: latency is service time, not queueing). */
  readonly connections?: number
}

/**
 * Serves the bench snapshot with startServer on loopback (no rate limit: the load tool is the only client)
 * and hands `measure` the API base URL; the API benches differ only in what they measure.
 */
export async function withBenchServer<T>(options: ServerBenchOptions, measure: (base: string, seconds: number, connections: number) => Promise<T>): Promise<T> {
  const work = options.dir ?? (await mkdtemp(join(tmpdir(), 'skyhound-bench-api-')))
  await mkdir(work, { recursive: true })
  try {
    const file = await ensureBenchDb({ dir: work, resources: options.resources, ...(options.seed === undefined ? {} : { seed: options.seed }) })
    const store = await openStore(file)
    const server = await startServer({ store, port: 0, webRoot: false, rateLimit: { burst: 1e9, perSecond: 1e9 } })
    try {
      return await measure(new URL('/api/v1', server.url).toString(), options.seconds ?? 10, options.connections ?? 1)
    } finally {
      await server.close()
      await store.close()
    }
  } finally {
    if (options.dir === undefined) await rm(work, { recursive: true, force: true })
  }
}
