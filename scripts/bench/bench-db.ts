/**
 * The scanned demo estate the API and explorer benches share: `DIR/bench.db`, written once by generating the
 * estate, scanning it and persisting the snapshot. A 1M-resource scan takes over ten minutes, so every bench
 * that can run on a stored snapshot reuses the same file (`npm run bench -- prepare-db --resources N --dir DIR`
 * writes it alone).
 */
import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import { persistScan } from '../../src/scan/persist.js'
import { scan } from '../../src/scan/pipeline.js'
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
