/**
 * The aws-permissions analysis against the demo estate's ground truth (docs/demo-estate.md): every planted
 * AWS admin insight and AWS identity hop is derived, no look-alike gets one, every planted attack path
 * whose last identity is an AWS principal ends in a has-permission-to edge on its target, and the role
 * trusted by the external account is marked (edge from the account node when the graph holds it, else the
 * `is-external-user` insight; the analysis seam derives edges and insights only, never nodes).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { SecurityGraph } from '../../src/graph/security-graph.js'
import type { JsonObject } from '../../src/model/graph-types.js'
import type { EdgeKind } from '../../src/model/vocabulary.js'
import { scan } from '../../src/scan/pipeline.js'

interface Fact {
  readonly node?: string
  readonly insight?: string
  readonly from?: string
  readonly to?: string
  readonly kind?: EdgeKind
}
interface Path {
  readonly entry: string
  readonly target: string
  readonly via?: readonly string[]
}
interface Item {
  readonly id: string
  readonly expect: { readonly insights?: readonly Fact[]; readonly edges?: readonly Fact[]; readonly attackPath?: Path }
  readonly control: { readonly id: string; readonly mustNot: { readonly insights?: readonly Fact[]; readonly edges?: readonly Fact[] } }
}

/** Insights and edge kinds this analysis owns when they sit on AWS identities. */
const MY_INSIGHTS = new Set(['has-admin-permissions', 'is-external-user'])
const MY_EDGES = new Set<EdgeKind>(['can-assume', 'has-permission-to'])
const EXTERNAL_TRUST = 'aws-external-account-trust'

describe('aws-permissions on the demo estate', () => {
  let dir: string
  let graph: SecurityGraph
  let items: Item[]

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-aws-permissions-demo-'))
    await generateDemoEstate({ outDir: dir })
    items = (JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: Item[] }).items
    graph = (await scan({ paths: [dir], now: new Date('2024-06-01T00:00:00Z'), snapshotId: 'snap-aws-permissions-demo' })).graph
  }, 180_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const awsIdentity = (id: string): boolean => {
    const i = graph.indexOf(id)
    return i !== undefined && graph.nodeProvider(i) === 'aws' && graph.nodeFamily(i) === 'identity'
  }
  const insightOf = (node: string, id: string): { params: JsonObject } | undefined => {
    const i = graph.indexOf(node)
    return i === undefined ? undefined : graph.nodeInsights(i).find((x) => x.id === id)
  }
  const edgeOf = (from: string, to: string, kind: EdgeKind): JsonObject | undefined => {
    const f = graph.indexOf(from)
    const t = graph.indexOf(to)
    if (f === undefined || t === undefined) return undefined
    let props: JsonObject | undefined
    graph.forEachEdge(f, 'out', kind, (e, n) => {
      if (n === t) props = graph.edgeProps(e)
    })
    return props
  }
  const mineInsight = (f: Fact): boolean => f.node !== undefined && MY_INSIGHTS.has(f.insight ?? '') && awsIdentity(f.node)
  const mineEdge = (f: Fact): boolean => f.from !== undefined && f.kind !== undefined && MY_EDGES.has(f.kind) && awsIdentity(f.from)

  it('derives every planted insight on an AWS identity', () => {
    const missing = items.flatMap((item) =>
      (item.expect.insights ?? []).filter(mineInsight).filter((f) => insightOf(f.node!, f.insight!) === undefined).map((f) => `${item.id}: ${f.insight} on ${f.node}`),
    )
    expect(missing).toEqual([])
    expect(items.flatMap((i) => i.expect.insights ?? []).filter(mineInsight).length).toBeGreaterThanOrEqual(5)
  })

  it('derives every planted can-assume and has-permission-to edge from an AWS identity', () => {
    const facts = items.flatMap((item) => (item.expect.edges ?? []).filter(mineEdge).map((f) => ({ item: item.id, f })))
    const missing = facts.filter(({ f }) => edgeOf(f.from!, f.to!, f.kind!) === undefined).map(({ item, f }) => `${item}: ${f.from} -${f.kind}-> ${f.to}`)
    expect(missing).toEqual([])
    expect(facts.length).toBeGreaterThanOrEqual(3)
  })

  it('gives no look-alike the insight or edge its planted twin gets', () => {
    const wrong = items.flatMap((item) => [
      ...(item.control.mustNot.insights ?? []).filter(mineInsight).filter((f) => insightOf(f.node!, f.insight!) !== undefined).map((f) => `${item.control.id}: ${f.insight} on ${f.node}`),
      ...(item.control.mustNot.edges ?? []).filter(mineEdge).filter((f) => edgeOf(f.from!, f.to!, f.kind!) !== undefined).map((f) => `${item.control.id}: ${f.from} -> ${f.to}`),
    ])
    expect(wrong).toEqual([])
  })

  it('connects the last AWS identity of every planted attack path to its target', () => {
    const broken: string[] = []
    let checked = 0
    for (const item of items) {
      const path = item.expect.attackPath
      if (path === undefined) continue
      const hops = [path.entry, ...(path.via ?? [])]
      const last = [...hops].reverse().find(awsIdentity)
      const target = graph.indexOf(path.target)
      if (last === undefined || target === undefined || graph.nodeProvider(target) !== 'aws') continue
      checked++
      const edge = edgeOf(last, path.target, 'has-permission-to')
      if (edge === undefined) broken.push(`${item.id}: no has-permission-to ${last} → ${path.target}`)
      else if (graph.nodeFamily(target) === 'account' && edge['level'] !== 'admin') broken.push(`${item.id}: ${last} is not admin of ${path.target}`)
    }
    expect(broken).toEqual([])
    expect(checked).toBeGreaterThanOrEqual(7)
  })

  it('chains every planted sequence of AWS identities with can-assume edges', () => {
    const broken: string[] = []
    for (const item of items) {
      const via = (item.expect.attackPath?.via ?? []).filter(awsIdentity)
      for (let i = 1; i < via.length; i++) if (edgeOf(via[i - 1]!, via[i]!, 'can-assume') === undefined) broken.push(`${item.id}: ${via[i - 1]} → ${via[i]}`)
    }
    expect(broken).toEqual([])
  })

  it('marks the role trusted by the external account, and not its internal look-alike', () => {
    const item = items.find((i) => i.id === EXTERNAL_TRUST)!
    const fact = item.expect.edges!.find((f) => f.kind === 'can-assume')!
    const control = item.control.mustNot.edges!.find((f) => f.kind === 'can-assume')!
    if (graph.indexOf(fact.from!) !== undefined) {
      expect(edgeOf(fact.from!, fact.to!, 'can-assume')).toBeDefined()
      expect(edgeOf(control.from!, control.to!, 'can-assume')).toBeUndefined()
    }
    const account = fact.from!.replace('aws://accounts/', '')
    expect(insightOf(fact.to!, 'is-external-user')?.params['accounts']).toEqual([account])
    expect(insightOf(control.to!, 'is-external-user')).toBeUndefined()
  })
})
