/**
 * The internet-exposure analysis against the demo estate's ground truth (docs/demo-estate.md): every
 * planted exposure and public-access insight is found with its ports and width, no look-alike is
 * exposed, and every exposed node is reachable from the internet over `routes-traffic-to` edges.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { Insight } from '../../src/model/graph-types.js'
import { INTERNET_NODE_ID } from '../../src/model/graph-types.js'
import { scan } from '../../src/scan/pipeline.js'
import { parsePortSpec } from '../../src/analyses/exposure/port-range.js'

interface NodeInsight {
  readonly node: string
  readonly insight: string
}
interface PlantedItem {
  readonly id: string
  readonly expect: {
    readonly exposure?: { readonly node: string; readonly ports: readonly number[]; readonly width: 'wide' | 'narrow' }
    readonly insights?: readonly NodeInsight[]
  }
  readonly control?: {
    readonly id: string
    readonly mustNot: { readonly notExposed?: readonly string[]; readonly notWidelyExposed?: readonly string[]; readonly insights?: readonly NodeInsight[] }
  }
}

const MINE = new Set(['exposed-to-internet', 'allows-public-access'])

describe('internet-exposure on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: PlantedItem[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-exposure-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: PlantedItem[] }).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-exposure-demo' })).graph
  }, 120_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const insightOf = (node: string, id: string): Insight | undefined => {
    const index = graph.indexOf(node)
    expect(index, `node ${node} is in the graph`).toBeDefined()
    return graph.nodeInsights(index!).find((i) => i.id === id)
  }
  const covers = (ports: readonly string[], port: number): boolean =>
    ports.some((text) => {
      const range = parsePortSpec(text)
      return range !== undefined && range.from <= port && port <= range.to
    })

  it('finds every planted exposure with its ports and width', () => {
    const planted = items.filter((item) => item.expect.exposure !== undefined)
    expect(planted.length).toBeGreaterThan(10)
    for (const item of planted) {
      const { node, ports, width } = item.expect.exposure!
      const insight = insightOf(node, 'exposed-to-internet')
      expect(insight, `${item.id}: ${node} exposed`).toBeDefined()
      const found = insight!.params['ports'] as string[]
      for (const port of ports) expect(covers(found, port), `${item.id}: port ${port} in ${found.join(',')}`).toBe(true)
      expect(insight!.params['width'], `${item.id}: width`).toBe(width)
      expect((insight!.params['via'] as string[]).every((id) => graph.indexOf(id) !== undefined), `${item.id}: via names real nodes`).toBe(true)
      expect(insight!.evidence.length, `${item.id}: evidence`).toBeGreaterThan(0)
    }
  })

  it('finds every planted exposed-to-internet and allows-public-access insight', () => {
    const expected = items.flatMap((item) => (item.expect.insights ?? []).filter((i) => MINE.has(i.insight)).map((i) => ({ item: item.id, ...i })))
    expect(expected.length).toBeGreaterThan(10)
    for (const { item, node, insight } of expected) expect(insightOf(node, insight), `${item}: ${insight} on ${node}`).toBeDefined()
  })

  it('exposes no look-alike', () => {
    let checked = 0
    for (const item of items) {
      const mustNot = item.control?.mustNot
      if (mustNot === undefined) continue
      for (const node of mustNot.notExposed ?? []) {
        checked++
        expect(insightOf(node, 'exposed-to-internet'), `${item.control!.id}: ${node} not exposed`).toBeUndefined()
      }
      for (const node of mustNot.notWidelyExposed ?? []) {
        checked++
        expect(insightOf(node, 'exposed-to-internet')?.params['width'], `${item.control!.id}: ${node} not widely exposed`).not.toBe('wide')
      }
      for (const { node, insight } of (mustNot.insights ?? []).filter((i) => MINE.has(i.insight))) {
        checked++
        expect(insightOf(node, insight), `${item.control!.id}: no ${insight} on ${node}`).toBeUndefined()
      }
    }
    expect(checked).toBeGreaterThan(10)
  })

  it('reaches every exposed node from the internet over routes-traffic-to edges carrying ports', () => {
    const internet = graph.indexOf(INTERNET_NODE_ID)!
    const reached = new Set<number>([internet])
    const queue = [internet]
    while (queue.length > 0) {
      const next = queue.shift()!
      graph.forEachEdge(next, 'out', 'routes-traffic-to', (edge, to) => {
        if (graph.edgeProps(edge)['derivedBy'] !== 'internet-exposure' || reached.has(to)) return
        expect(graph.edgeProps(edge)['ports']).toEqual(expect.arrayContaining([expect.any(String)]))
        reached.add(to)
        queue.push(to)
      })
    }
    for (let node = 0; node < graph.nodeCount; node++) {
      if (graph.nodeInsights(node).some((i) => i.id === 'exposed-to-internet')) expect(reached.has(node), graph.nodeId(node)).toBe(true)
    }
  })
})
