import { describe, expect, it } from 'vitest'
import { AZURE_VM, DATA_BUCKET, GCP_VM, WEB_VM, estateGraph } from './__fixtures__/small-estate.js'
import { parseTagFilter, queryInventory } from './inventory-query.js'

const all = { offset: 0, limit: 500 }

describe('server/inventory-query', () => {
  it('lists every resource except the internet pseudo-node, in graph order', () => {
    const graph = estateGraph()
    const result = queryInventory(graph, {}, all)
    expect(result.total).toBe(graph.nodeCount - 1)
    const inGraphOrder = Array.from({ length: graph.nodeCount }, (_, i) => graph.nodeId(i)).filter((id) => id !== 'skyhound://internet')
    expect(result.items.map((item) => item.id)).toEqual(inGraphOrder)
  })

  it('matches any value within a field and every field across fields', () => {
    const graph = estateGraph()
    const vms = queryInventory(graph, { families: ['vm'] }, all)
    expect(vms.items.map((i) => i.id).sort()).toEqual([AZURE_VM, GCP_VM, WEB_VM].sort())
    const awsOrGcpVms = queryInventory(graph, { families: ['vm'], providers: ['aws', 'gcp'] }, all)
    expect(awsOrGcpVms.items.map((i) => i.id).sort()).toEqual([GCP_VM, WEB_VM].sort())
  })

  it("counts each facet with every filter except its own, so other values stay visible", () => {
    const result = queryInventory(estateGraph(), { providers: ['aws'], families: ['vm'] }, all)
    expect(result.total).toBe(1)
    expect(result.facets.provider).toEqual({ aws: 1, azure: 1, gcp: 1 })
    expect(result.facets.family).toEqual({ account: 1, 'object-storage': 1, vm: 1 })
    expect(result.facets.kind).toEqual({ 'aws.ec2.instance': 1 })
  })

  it('filters by scope, tag presence, tag value and a case-insensitive name or id substring', () => {
    const graph = estateGraph()
    expect(queryInventory(graph, { tags: [{ key: 'env', value: 'prod' }] }, all).items.map((i) => i.id).sort()).toEqual(
      [DATA_BUCKET, WEB_VM].sort(),
    )
    expect(queryInventory(graph, { tags: [{ key: 'ENV' }] }, all).total).toBe(3)
    expect(queryInventory(graph, { tags: [{ key: 'env' }, { key: 'team' }] }, all).items.map((i) => i.id)).toEqual([WEB_VM])
    expect(queryInventory(graph, { q: 'WEB-1' }, all).items.map((i) => i.id)).toEqual([WEB_VM])
    expect(queryInventory(graph, { q: 'i-0abc123' }, all).items.map((i) => i.id)).toEqual([WEB_VM])
    expect(queryInventory(graph, { scopes: ['k8s://prod-eks'] }, all).total).toBe(2)
  })

  it('searches for regex characters literally', () => {
    const graph = estateGraph()
    expect(queryInventory(graph, { q: 'shop/checkout' }, all).total).toBe(1)
    expect(queryInventory(graph, { q: '.*' }, all).total).toBe(0)
    expect(queryInventory(graph, { q: 'prod (111122223333)' }, all).items.map((i) => i.name)).toEqual(['prod (111122223333)'])
  })

  it('returns the requested page and the total of all pages', () => {
    const graph = estateGraph(30)
    const first = queryInventory(graph, { kinds: ['aws.s3.bucket'] }, { offset: 0, limit: 10 })
    const last = queryInventory(graph, { kinds: ['aws.s3.bucket'] }, { offset: 30, limit: 10 })
    expect(first.total).toBe(31)
    expect(first.items).toHaveLength(10)
    expect(last.items).toHaveLength(1)
    expect(new Set([...first.items, ...last.items].map((i) => i.id)).size).toBe(11)
  })

  it('summarises a node with its insight ids and a null region when it has none', () => {
    const items = queryInventory(estateGraph(), { q: 'web-1' }, all).items
    expect(items[0]).toMatchObject({ kind: 'aws.ec2.instance', region: 'eu-west-1', insights: ['exposed-to-internet'] })
    expect(queryInventory(estateGraph(), { kinds: ['k8s.cluster'] }, all).items[0]?.region).toBeNull()
  })

  it('reads tag filters as key or key=value split at the first equals sign', () => {
    expect(parseTagFilter('env')).toEqual({ key: 'env' })
    expect(parseTagFilter('env=prod')).toEqual({ key: 'env', value: 'prod' })
    expect(parseTagFilter('query=a=b')).toEqual({ key: 'query', value: 'a=b' })
    expect(parseTagFilter('empty=')).toEqual({ key: 'empty', value: '' })
  })
})
