import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'
import { AWS_ACCOUNT, DATA_BUCKET, GCP_PROJECT, GCP_VM, WEB_VM } from '../__fixtures__/small-estate.js'

interface EdgeItem {
  kind: string
  direction: string
  node: { id: string; name: string; kind: string }
  props: Record<string, unknown>
  evidence: { source: string; detail?: string; location?: string }[]
}
interface EdgePage {
  total: number
  offset: number
  limit: number
  items: EdgeItem[]
  nextCursor: string | null
}
interface NodeDetail {
  snapshot: { id: string }
  node: {
    id: string
    name: string
    props: Record<string, unknown>
    insights: { id: string; params: Record<string, unknown>; evidence: unknown[] }[]
    provenance: { file: string; location?: string }[]
    tags: Record<string, string>
  }
  degree: { out: { total: number; byKind: Record<string, number> }; in: { total: number; byKind: Record<string, number> } }
  edges: { out: EdgePage; in: EdgePage }
}

const path = (id: string, rest = '') => `/api/v1/nodes/${encodeURIComponent(id)}${rest}`

describe('server/routes/nodes', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openHarness()
  })
  afterAll(() => h.close())

  it('returns the node with props, insights, provenance and both edge directions with props and evidence', async () => {
    const detail = await h.json<NodeDetail>(path(WEB_VM))
    expect(detail.snapshot.id).toBe('snap-1')
    expect(detail.node).toMatchObject({ id: WEB_VM, name: 'web-1', props: { publicIp: '203.0.113.10' }, tags: { env: 'prod' } })
    expect(detail.node.insights[0]).toMatchObject({ id: 'exposed-to-internet', params: { ports: [22, 443], width: 'wide' } })
    expect(detail.node.provenance).toEqual([{ file: 'inputs/fixture.json', format: 'fixture', location: 'configurationItems[0]' }])
    expect(detail.degree).toEqual({
      out: { total: 1, byKind: { 'has-permission-to': 1 } },
      in: { total: 2, byKind: { contains: 1, 'routes-traffic-to': 1 } },
    })
    expect(detail.edges.out.items).toEqual([
      {
        kind: 'has-permission-to',
        direction: 'out',
        node: { id: DATA_BUCKET, name: 'demo-customer-data', kind: 'aws.s3.bucket', family: 'object-storage', provider: 'aws' },
        props: { level: 'read' },
        evidence: [],
      },
    ])
    const internet = detail.edges.in.items.find((e) => e.kind === 'routes-traffic-to')
    expect(internet).toMatchObject({
      node: { id: 'skyhound://internet' },
      props: { ports: [22, 443], protocol: 'tcp' },
      evidence: [{ source: 'aws-config', location: 'configurationItems[3]' }],
    })
  })

  it('finds ids with slashes, colons and a leading double slash when they are percent-encoded', async () => {
    expect((await h.json<NodeDetail>(path(GCP_VM))).node.name).toBe('gce-api-1')
    expect((await h.json<NodeDetail>(path(GCP_PROJECT))).edges.out.items.map((e) => e.node.id)).toEqual([GCP_VM])
    expect((await h.json<NodeDetail>(path('k8s://prod-eks/shop/pod/checkout-7d9f'))).node.insights[0]?.id).toBe('privileged-container')
  })

  it('pages the edges of a hub node and filters them by kind', async () => {
    const detail = await h.json<NodeDetail>(path(AWS_ACCOUNT, '?edgeLimit=10'))
    expect(detail.edges.out).toMatchObject({ total: 62, limit: 10 })
    expect(detail.edges.out.items).toHaveLength(10)
    const seen = detail.edges.out.items.map((e) => e.node.id)
    let cursor = detail.edges.out.nextCursor
    while (cursor !== null) {
      const page: EdgePage = await h.json<EdgePage>(path(AWS_ACCOUNT, `/edges?direction=out&limit=20&cursor=${cursor}`))
      seen.push(...page.items.map((e) => e.node.id))
      cursor = page.nextCursor
    }
    expect(new Set(seen).size).toBe(62)
    const contains = await h.json<EdgePage>(path(WEB_VM, '/edges?direction=in&kind=contains'))
    expect(contains.items.map((e) => e.node.id)).toEqual([AWS_ACCOUNT])
    expect((await h.json<EdgePage>(path(WEB_VM, '/edges?kind=member-of'))).total).toBe(0)
  })

  it('answers an unknown node with 404 and malformed queries with 400', async () => {
    expect((await expectProblem(await h.request(path('arn:aws:s3:::nope')), 404)).code).toBe('HTTP_NOT_FOUND')
    await expectProblem(await h.request(path(WEB_VM, '/edges?direction=sideways')), 400)
    await expectProblem(await h.request(path(WEB_VM, '/edges?kind=likes')), 400)
    await expectProblem(await h.request(path(WEB_VM, '?edgeLimit=5000')), 400)
    await expectProblem(await h.request(path(WEB_VM, '?snapshot=missing')), 404)
  })

  it('needs a token', async () => {
    await expectProblem(await h.request(path(WEB_VM), { as: 'anonymous' }), 401)
    await expectProblem(await h.request(path(WEB_VM, '/edges'), { as: 'anonymous' }), 401)
  })
})
