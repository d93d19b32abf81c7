/**
 * The kubernetes-escape analysis against the demo estate's ground truth (docs/demo-estate.md): planted
 * privileged, host-PID and host-path pods get their insights and an escape edge to their node, each
 * such node authenticates as its cloud identity, hardened look-alikes get nothing, and services reach
 * the pods their selectors pick.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { EdgeKind } from '../../src/model/vocabulary.js'
import { scan } from '../../src/scan/pipeline.js'

interface Fact {
  readonly node: string
  readonly insight: string
}
interface Item {
  readonly id: string
  readonly family: string
  readonly nodes: readonly string[]
  readonly expect: { readonly insights?: readonly Fact[]; readonly attackPath?: { entry: string; target: string; via?: string[] } }
  readonly control: { readonly id: string; readonly nodes: readonly string[]; readonly mustNot: { readonly insights?: readonly Fact[] } }
}

const MINE = new Set(['privileged-container', 'uses-host-pid', 'uses-host-network', 'mounts-host-path'])

describe('kubernetes-escape on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: Item[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-escape-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: Item[] }).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-escape-demo' })).graph
  }, 180_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const index = (id: string): number => {
    const i = graph.indexOf(id)
    expect(i, `node ${id} is in the graph`).toBeDefined()
    return i!
  }
  const hasInsight = (node: string, id: string): boolean => graph.nodeInsights(index(node)).some((i) => i.id === id)
  const targets = (from: string, kind: EdgeKind, filter: (props: Record<string, unknown>) => boolean = () => true): string[] => {
    const out: string[] = []
    graph.forEachEdge(index(from), 'out', kind, (edge, n) => {
      if (filter(graph.edgeProps(edge))) out.push(graph.nodeId(n))
    })
    return out
  }
  const escapes = (): Item[] => items.filter((item) => (item.expect.insights ?? []).some((f) => f.insight === 'privileged-container'))

  it('gives every planted pod its privileged, host-PID and host-path insights, and no hardened look-alike any', () => {
    const expected = items.flatMap((item) => (item.expect.insights ?? []).filter((f) => MINE.has(f.insight)).map((f) => ({ item: item.id, ...f })))
    expect(expected.length).toBeGreaterThanOrEqual(5)
    for (const { item, node, insight } of expected) expect(hasInsight(node, insight), `${item}: ${insight} on ${node}`).toBe(true)
    const forbidden = items.flatMap((item) => (item.control.mustNot.insights ?? []).filter((f) => MINE.has(f.insight)).map((f) => ({ item: item.control.id, ...f })))
    expect(forbidden.length).toBeGreaterThanOrEqual(3)
    for (const { item, node } of forbidden) {
      for (const id of MINE) expect(hasInsight(node, id), `${item}: no ${id} on ${node}`).toBe(false)
    }
  })

  it('lets each planted privileged pod escape to its node, and not its look-alike', () => {
    expect(escapes().length).toBeGreaterThanOrEqual(3)
    for (const item of escapes()) {
      const pod = item.expect.insights!.find((f) => f.insight === 'privileged-container')!.node
      const nodes = targets(pod, 'runs-on')
      expect(nodes.length, `${item.id}: ${pod} runs on a node`).toBe(1)
      expect(targets(pod, 'can-assume', (p) => p['method'] === 'container-escape'), `${item.id}: escape`).toEqual(nodes)
      for (const lookAlike of item.control.nodes.filter((id) => id.includes('/pod/'))) {
        expect(targets(lookAlike, 'can-assume'), `${item.control.id}: ${lookAlike} has no escape`).toEqual([])
      }
    }
  })

  it('links the node of every planted escape path to the cloud identity the path goes through', () => {
    const paths = escapes().filter((item) => item.expect.attackPath?.via !== undefined && item.expect.attackPath.via.length >= 2)
    expect(paths.length).toBeGreaterThanOrEqual(3)
    for (const item of paths) {
      const [node, identity] = item.expect.attackPath!.via!
      expect(targets(node!, 'can-authenticate-as'), `${item.id}: ${node} authenticates as ${identity}`).toContain(identity)
    }
  })

  it('routes each planted exposed service to the pods its selector picks', () => {
    const services = items.flatMap((item) => item.nodes.filter((id) => id.includes('/service/')).map((service) => ({ item, service })))
    expect(services.length).toBeGreaterThanOrEqual(1)
    for (const { item, service } of services) {
      const pods = item.nodes.filter((id) => id.includes('/pod/'))
      expect(targets(service, 'routes-traffic-to').sort(), `${item.id}: ${service} → pods`).toEqual(expect.arrayContaining(pods))
    }
  })

  it('settles token mounting on every pod → service account link it can see', () => {
    let settled = 0
    for (const pod of graph.nodesOfKind('k8s.pod')) {
      graph.forEachEdge(pod, 'out', 'can-authenticate-as', (edge) => {
        expect(typeof graph.edgeProps(edge)['tokenMounted'], graph.nodeId(pod)).toBe('boolean')
        settled++
      })
    }
    expect(settled).toBeGreaterThan(10)
  })
})
