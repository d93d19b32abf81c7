/**
 * Every API latency bench on one server (`npm run bench -- api [--resources N] [--dir DIR] [--seconds T]
 * [--connections C]`): attack paths and explorer, then findings, recommendations and score. At 1M resources
 * loading the snapshot takes minutes, so measuring both sets on one load halves the run.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer } from '../../src/server/start-server.js'
import { openStore } from '../../src/store/open-store.js'
import { ensureBenchDb, logMemory } from './bench-db.js'
import { measurePathsExplorer } from './bench-paths-explorer-api.js'
import { measurePosture } from './bench-posture-api.js'

export interface ApiBenchOptions {
  readonly resources: number
  readonly seed?: number
  readonly dir?: string
  readonly seconds?: number
  readonly connections?: number
}

export async function benchApi(options: ApiBenchOptions): Promise<void> {
  const seconds = options.seconds ?? 10
  const connections = options.connections ?? 1
  const work = options.dir ?? (await mkdtemp(join(tmpdir(), 'skyhound-bench-api-')))
  await mkdir(work, { recursive: true })
  try {
    const file = await ensureBenchDb({ dir: work, resources: options.resources, ...(options.seed === undefined ? {} : { seed: options.seed }) })
    const store = await openStore(file)
    // No rate limit: the load tool is the only client.
    const server = await startServer({ store, port: 0, webRoot: false, rateLimit: { burst: 1e9, perSecond: 1e9 } })
    try {
      const base = new URL('/api/v1', server.url).toString()
      console.log('-- attack paths and explorer')
      await measurePathsExplorer(base, seconds, connections)
      console.log('-- findings, recommendations, score')
      await measurePosture(base, seconds, connections)
      logMemory('at the end')
    } finally {
      await server.close()
      await store.close()
    }
  } finally {
    if (options.dir === undefined) await rm(work, { recursive: true, force: true })
  }
}
