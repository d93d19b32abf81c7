/**
 * Every API latency bench on one server (`npm run bench -- api [--resources N] [--dir DIR] [--seconds T]
 * [--connections C]`): attack paths and explorer, then findings, recommendations and score. At 1M resources
 * loading the snapshot takes minutes, so measuring both sets on one load halves the run.
 */
import { logMemory, withBenchServer } from './bench-db.js'
import type { ServerBenchOptions } from './bench-db.js'
import { measurePathsExplorer } from './bench-paths-explorer-api.js'
import { measurePosture } from './bench-posture-api.js'

export type ApiBenchOptions = ServerBenchOptions

export function benchApi(options: ApiBenchOptions): Promise<void> {
  return withBenchServer(options, async (base, seconds, connections) => {
    console.log('-- attack paths and explorer')
    await measurePathsExplorer(base, seconds, connections)
    console.log('-- findings, recommendations, score')
    await measurePosture(base, seconds, connections)
    logMemory('at the end')
  })
}
