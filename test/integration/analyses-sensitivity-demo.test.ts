/**
 * The sensitivity analysis against the demo estate's ground truth (docs/demo-estate.md): every planted
 * data store with sensitive data and every planted critical resource gets its insight from the company's
 * `data-classification` / `criticality` tags and labels, look-alikes classified `public` get none, and
 * the administrators the permission analyses find are critical by default.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoExpected, ExpectedInsight, PlantedItem } from '../../src/demo/demo-types.js'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { Insight } from '../../src/model/graph-types.js'
import { scan } from '../../src/scan/pipeline.js'

const MINE = new Set(['contains-sensitive-data', 'critical-resource'])

describe('sensitivity on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: readonly PlantedItem[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-sensitivity-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as DemoExpected).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-sensitivity-demo' })).graph
  }, 180_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const index = (id: string): number => {
    const i = graph.indexOf(id)
    expect(i, `node ${id} is in the graph`).toBeDefined()
    return i!
  }
  const insight = (node: string, id: string): Insight | undefined => graph.nodeInsights(index(node)).find((i) => i.id === id)
  const expected = (ids: ReadonlySet<string>): (ExpectedInsight & { item: string })[] =>
    items.flatMap((item) => (item.expect.insights ?? []).filter((f) => ids.has(f.insight)).map((f) => ({ item: item.id, ...f })))

  it('finds every planted sensitive data store and critical resource, with the tag as evidence', () => {
    const planted = expected(MINE)
    expect(planted.length).toBeGreaterThanOrEqual(10)
    for (const { item, node, insight: id } of planted) {
      const found = insight(node, id)
      expect(found, `${item}: ${id} on ${node}`).toBeDefined()
      expect(found!.evidence.length, `${item}: evidence`).toBeGreaterThan(0)
    }
    for (const { item, node } of planted.filter((f) => f.insight === 'contains-sensitive-data')) {
      expect(insight(node, 'contains-sensitive-data')!.params['infoTypes'], `${item}: ${node}`).toContain('confidential')
    }
  })

  it('marks no look-alike classified public as holding sensitive data', () => {
    const controls = items.flatMap((item) => (item.control.mustNot.insights ?? []).filter((f) => MINE.has(f.insight)).map((f) => ({ item: item.control.id, ...f })))
    expect(controls.length).toBeGreaterThanOrEqual(3)
    for (const { item, node, insight: id } of controls) expect(insight(node, id), `${item}: no ${id} on ${node}`).toBeUndefined()
  })

  it('makes every planted administrator critical by default', () => {
    const admins = expected(new Set(['has-admin-permissions']))
    expect(admins.length).toBeGreaterThanOrEqual(4)
    for (const { item, node } of admins) {
      expect(insight(node, 'critical-resource')?.params['level'], `${item}: ${node}`).toBe('critical')
      expect(insight(node, 'critical-resource')?.params['sources'], `${item}: ${node}`).toContain('builtin:admin-identity')
    }
  })

  it('makes secret stores and KMS keys critical, whatever their tags say', () => {
    const stores = [...graph.nodesOfFamily('secret-store'), ...graph.nodesOfFamily('kms-key')]
    expect(stores.length).toBeGreaterThanOrEqual(3)
    for (const store of stores) expect(insight(graph.nodeId(store), 'critical-resource')?.params['level'], graph.nodeId(store)).toBe('critical')
  })
})
