/**
 * The vulnerabilities analysis against the demo estate's ground truth (docs/demo-estate.md): every planted
 * vulnerable or RCE node gets the consolidated insight citing its scanner report, pods running a planted
 * image carry it too, every planted plaintext access key resolves to the principal it signs in as
 * (across accounts and clouds), and no look-alike gets any of it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DemoExpected, ExpectedInsight, PlantedItem } from '../../src/demo/demo-types.js'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { GraphEdge, Insight } from '../../src/model/graph-types.js'
import { scan } from '../../src/scan/pipeline.js'

const VULNERABILITY_INSIGHTS = new Set(['has-high-severity-vulnerabilities', 'vulnerable-to-rce'])
const MINE = new Set([...VULNERABILITY_INSIGHTS, 'has-plaintext-secret'])

describe('vulnerabilities on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: readonly PlantedItem[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-vulns-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as DemoExpected).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-vulns-demo' })).graph
  }, 180_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const index = (id: string): number => {
    const i = graph.indexOf(id)
    expect(i, `node ${id} is in the graph`).toBeDefined()
    return i!
  }
  const insights = (node: string, id: string): Insight[] => graph.nodeInsights(index(node)).filter((i) => i.id === id)
  /** The analysis's own insight: the consolidated one (scanner adapters add one per report beside it). */
  const consolidated = (node: string, id: string): Insight | undefined => insights(node, id).find((i) => 'total' in i.params || 'bases' in i.params)
  const authEdges = (node: string): GraphEdge[] => {
    const out: GraphEdge[] = []
    graph.forEachEdge(index(node), 'out', 'can-authenticate-to', (edge) => out.push(graph.edge(edge)))
    return out
  }
  const expected = (filter: (f: ExpectedInsight) => boolean): (ExpectedInsight & { item: string })[] =>
    items.flatMap((item) => (item.expect.insights ?? []).filter(filter).map((f) => ({ item: item.id, ...f })))
  const forbidden = (filter: (f: ExpectedInsight) => boolean): (ExpectedInsight & { item: string })[] =>
    items.flatMap((item) => (item.control.mustNot.insights ?? []).filter(filter).map((f) => ({ item: item.control.id, ...f })))

  it('gives every planted vulnerable node its consolidated insight, citing the scanner report', () => {
    const planted = expected((f) => VULNERABILITY_INSIGHTS.has(f.insight))
    expect(planted.length).toBeGreaterThanOrEqual(12)
    for (const { item, node, insight } of planted) {
      const found = consolidated(node, insight)
      expect(found, `${item}: ${insight} on ${node}`).toBeDefined()
      expect(found!.evidence.some((e) => e.source.includes(`${dir}/scanners/`)), `${item}: evidence names the report`).toBe(true)
      expect((found!.params['cveIds'] as string[]).length, `${item}: ids`).toBeGreaterThan(0)
    }
  })

  it('gives no look-alike a vulnerability insight it must not have', () => {
    const controls = forbidden((f) => VULNERABILITY_INSIGHTS.has(f.insight))
    expect(controls.length).toBeGreaterThanOrEqual(2)
    for (const { item, node, insight } of controls) expect(insights(node, insight), `${item}: no ${insight} on ${node}`).toEqual([])
  })

  it('carries the findings of a planted image to the pods that run it, naming the image', () => {
    const running = items.flatMap((item) => (item.expect.edges ?? []).filter((e) => e.kind === 'is-running').map((e) => ({ item: item.id, ...e })))
    expect(running.length).toBeGreaterThanOrEqual(1)
    for (const { item, from, to } of running) {
      const image = graph.nodeId(index(to))
      expect(consolidated(from, 'vulnerable-to-rce')?.params['via'], `${item}: ${from} runs ${image}`).toContain(image)
    }
    const rceImages = expected((f) => f.insight === 'vulnerable-to-rce' && f.node.startsWith('image://'))
    expect(rceImages.length).toBeGreaterThanOrEqual(3)
    for (const { item, node } of rceImages) {
      const runners = graph.neighbours(index(node), 'in', 'is-running')
      for (const runner of runners) expect(consolidated(graph.nodeId(runner), 'vulnerable-to-rce'), `${item}: ${graph.nodeId(runner)}`).toBeDefined()
    }
  })

  it('resolves every planted plaintext access key to the principal it signs in as, across accounts and clouds', () => {
    const secrets = items.filter((item) => item.expect.secret !== undefined)
    expect(secrets.length).toBeGreaterThanOrEqual(2)
    for (const item of secrets) {
      const secret = item.expect.secret!
      expect(insights(secret.holder, 'has-plaintext-secret').length, `${item.id}: insight on the holder`).toBeGreaterThan(0)
      const edges = authEdges(secret.holder)
      expect(edges.map((e) => e.to), `${item.id}: ${secret.holder} → ${secret.authenticatesAs}`).toEqual([secret.authenticatesAs])
      expect(edges[0]!.props).toMatchObject({ credential: 'aws-access-key', accessKeyId: secret.keyId })
      expect(edges[0]!.evidence.length, `${item.id}: finding and key record`).toBeGreaterThanOrEqual(2)
    }
    const providers = new Set(secrets.map((item) => graph.nodeProvider(index(item.expect.secret!.holder))))
    expect(providers.size, 'holders in more than one cloud').toBeGreaterThanOrEqual(2)
  })

  it('flags every planted plaintext secret, and links none whose value the report masks', () => {
    const planted = expected((f) => f.insight === 'has-plaintext-secret')
    expect(planted.length).toBeGreaterThanOrEqual(3)
    for (const { item, node } of planted) {
      expect(insights(node, 'has-plaintext-secret').length, `${item}: ${node}`).toBeGreaterThan(0)
      const resolvable = items.find((i) => i.id === item)?.expect.secret !== undefined
      if (!resolvable) expect(authEdges(node), `${item}: nothing to attribute`).toEqual([])
    }
  })

  it('reports no plaintext secret on a look-alike', () => {
    const controls = items.flatMap((item) => (item.control.mustNot.secretOn ?? []).map((node) => ({ item: item.control.id, node })))
    expect(controls.length).toBeGreaterThanOrEqual(3)
    for (const { item, node } of controls) {
      expect(insights(node, 'has-plaintext-secret'), `${item}: ${node}`).toEqual([])
      expect(authEdges(node), `${item}: ${node}`).toEqual([])
    }
    for (const { item, node, insight } of forbidden((f) => MINE.has(f.insight))) expect(insights(node, insight), `${item}: ${insight}`).toEqual([])
  })
})
