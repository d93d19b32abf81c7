/**
 * `npm run bench -- <name> [--flag value]`: speed and memory figures (never asserted in tests).
 *   graph   --nodes 1000000 --edges 5000000   security graph build, traversal, bytes per edge
 *   rules   --resources 100000   rule engine over a generated estate: resource-rule evaluations/s
 *   ingest  --resources 100000 [--seed 1] [--analyses] [--dir DIR]   demo estate → scan: MB/s, resources/s, peak RSS
 *   analyses --resources 100000 [--seed 1] [--dir DIR] [--only a,b]   demo estate → read + build → each analysis: time, CPU, heap, output
 *   cloud-analyses --resources 100000   cloud-permissions and kubernetes-escape on a generated Azure/GCP/Kubernetes graph
 *   posture-api --resources 100000 [--seed 1] [--dir DIR] [--seconds 10] [--connections 1]   findings/recommendations/score API latency (autocannon, loopback)
 *   paths-explorer-api --resources 100000 [--seed 1] [--dir DIR] [--seconds 10] [--connections 1]   attack path and explorer API latency (autocannon, loopback)
 *   api --resources 100000 [--dir DIR] [--seconds 10] [--connections 1]   both API latency benches on one server load
 *   prepare-db --resources 100000 --dir DIR   scan the demo estate once into DIR/bench.db (reused by the API benches and explorer --db)
 *   explorer [--resources N] [--dir ESTATE | --db DIR/bench.db] [--skip-sql]   every template on the graph, p50/p95, beside SQLite and PostgreSQL
 */
import { parseArgs } from 'node:util'
import { benchGraph } from './bench/bench-graph.js'
import { benchRules } from './bench/bench-rules.js'
import { benchIngest } from './bench/bench-ingest.js'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    nodes: { type: 'string' },
    edges: { type: 'string' },
    resources: { type: 'string' },
    seed: { type: 'string' },
    analyses: { type: 'boolean' },
    dir: { type: 'string' },
    db: { type: 'string' },
    'skip-sql': { type: 'boolean' },
    only: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
  },
})
const name = positionals[0] ?? 'graph'

/** Options of the API benches (api, posture-api, paths-explorer-api). */
const serverOptions = () => ({
  resources: Number(values.resources ?? 100_000),
  seed: Number(values.seed ?? 1),
  seconds: Number(values.seconds ?? 10),
  connections: Number(values.connections ?? 1),
  ...(values.dir === undefined ? {} : { dir: values.dir }),
})

switch (name) {
  case 'analyses': {
    // Loaded on demand, as the demo generator is large (scripts/bench/bench-analyses.ts).
    const { benchDemoAnalyses } = await import('./bench/bench-analyses.js')
    await benchDemoAnalyses({
      resources: Number(values.resources ?? 100_000),
      seed: Number(values.seed ?? 1),
      ...(values.dir === undefined ? {} : { dir: values.dir }),
      ...(values.only === undefined ? {} : { only: values.only.split(',') }),
    })
    break
  }
  case 'cloud-analyses': {
    const { benchCloudAnalyses } = await import('./bench/bench-cloud-analyses.js')
    benchCloudAnalyses({ resources: Number(values.resources ?? 100_000) })
    break
  }
  case 'prepare-db': {
    // Scans the demo estate once into DIR/bench.db for posture-api, paths-explorer-api and explorer --db.
    if (values.dir === undefined) throw new Error('prepare-db needs --dir DIR (the folder that keeps bench.db)')
    const { ensureBenchDb } = await import('./bench/bench-db.js')
    await ensureBenchDb({ dir: values.dir, resources: Number(values.resources ?? 100_000), seed: Number(values.seed ?? 1) })
    break
  }
  case 'api': {
    // Both API benches on one server load (scripts/bench/bench-api.ts).
    const { benchApi } = await import('./bench/bench-api.js')
    await benchApi(serverOptions())
    break
  }
  case 'posture-api': {
    // Loaded on demand: the demo generator and the server are large (scripts/bench/bench-posture-api.ts).
    const { benchPostureApi } = await import('./bench/bench-posture-api.js')
    await benchPostureApi(serverOptions())
    break
  }
  case 'paths-explorer-api': {
    // Loaded on demand: the demo generator and the server are large (scripts/bench/bench-paths-explorer-api.ts).
    const { benchPathsExplorerApi } = await import('./bench/bench-paths-explorer-api.js')
    await benchPathsExplorerApi(serverOptions())
    break
  }
  case 'graph':
    benchGraph({ nodes: Number(values.nodes ?? 1_000_000), edges: Number(values.edges ?? 5_000_000) })
    break
  case 'ingest':
    await benchIngest({
      resources: Number(values.resources ?? 100_000),
      seed: Number(values.seed ?? 1),
      analyses: values.analyses === true,
      ...(values.dir === undefined ? {} : { dir: values.dir }),
    })
    break
  case 'rules':
    benchRules({ resources: Number(values.resources ?? 100_000) })
    break
  case 'paths': {
    // Loaded on demand: `--resources N` runs one size, default 100 000 then 1 000 000 (scripts/bench/bench-paths.ts).
    const { benchPaths } = await import('./bench/bench-paths.js')
    await benchPaths(values.resources === undefined ? {} : { resources: [Number(values.resources)] })
    break
  }
  case 'explore':
  case 'explorer': {
    // Loaded on demand: `--resources N` runs one size, default 100 000 then 1 000 000 (scripts/bench/bench-explorer.ts).
    const { benchExplorer } = await import('./bench/bench-explorer.js')
    const pgUrl = process.env['SKYHOUND_BENCH_PG_URL'] ?? process.env['SKYHOUND_TEST_PG_URL']
    await benchExplorer({
      sizes: values.resources === undefined ? [100_000, 1_000_000] : [Number(values.resources)],
      seed: Number(values.seed ?? 1),
      ...(values.dir === undefined ? {} : { dir: values.dir }),
      ...(values.db === undefined ? {} : { db: values.db }),
      ...(values['skip-sql'] === true ? { skipSql: true } : {}),
      ...(pgUrl === undefined || pgUrl === '' ? {} : { pgUrl }),
    })
    break
  }
  default:
    console.error(`unknown benchmark ${name}; available: analyses, api, cloud-analyses, explorer, graph, ingest, paths, paths-explorer-api, posture-api, prepare-db, rules`)
    process.exitCode = 2
}
