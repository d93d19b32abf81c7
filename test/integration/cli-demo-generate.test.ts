/** `skyhound demo generate`: its own --out, --seed and --resources reach the generator though `demo` has the same options. */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scan } from '../../src/scan/pipeline.js'
import { runCli } from '../helpers/cli-run.js'

describe('skyhound demo generate', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-generate-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the estate where --out says, with the seed and size given after the subcommand', async () => {
    const out = join(dir, 'estate')
    const run = await runCli(['demo', 'generate', '--out', out, '--seed', '2', '--resources', '100'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Demo estate written to ${out}`)
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { seed: number; requestedResources: number }
    expect(manifest).toMatchObject({ seed: 2, requestedResources: 100 })
  }, 60_000)

  it('writes the Kubernetes exports\' cluster ids beside them, so a plain folder scan links every cluster to its cloud cluster', async () => {
    const out = join(dir, 'estate')
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { files: { path: string; scanOptions?: { clusterId: string } }[] }
    const clusterIds = [...new Set(manifest.files.flatMap((f) => (f.scanOptions === undefined ? [] : [f.scanOptions.clusterId])))].sort()
    expect(clusterIds).toHaveLength(3)
    const { graph } = await scan({ paths: [out], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-demo-inputs' })
    const linked: string[] = []
    for (const cluster of graph.nodesOfKind('k8s.cluster')) {
      graph.forEachEdge(cluster, 'out', 'attached-to', (_e, to) => linked.push(graph.nodeId(to)))
    }
    // ARM ids are node ids in lower case.
    const lower = (ids: readonly string[]): string[] => ids.map((id) => id.toLowerCase()).sort()
    expect(lower(linked)).toEqual(lower(clusterIds))
  }, 120_000)

  it('fails with a usage error naming --out when it is missing', async () => {
    const run = await runCli(['demo', 'generate'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/demo generate needs --out <dir>/)
  })
})
