/**
 * `/explorer` through app.request() on the demo estate: runs (AST, text, templates) agree with the query
 * engine run directly on the same graph; syntax errors carry a caret position; limits are problems;
 * saved queries CRUD with roles; share links round-trip; auth per role and malformed input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../graph/graph-builder.js'
import { BUILTIN_TEMPLATES, findTemplate, runQuery } from '../../query/index.js'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'
import { writeDemoSnapshot } from '../__fixtures__/demo-store.js'

const SEED = 'k8s-rbac-off-unrestricted-access'
const CONNECTION_TEXT = 'MATCH (s:secret)-[:can-authenticate-to]->(:managed-database|object-storage) RETURN s'

interface RunResult {
  snapshot: { id: string }
  query: Record<string, unknown>
  text: string
  shareCode: string
  total: number
  truncated: boolean
  rows: { node: { id: string; name: string; kind: string }; match: { from: string; kind: string; to: string }[] }[]
  matchNodes: { id: string; name: string }[]
}
interface Saved {
  name: string
  owner: string
  description: string
  text: string
  query: Record<string, unknown>
}

describe('server/routes/explorer', () => {
  let h: Harness
  let direct: (query: Parameters<typeof runQuery>[1]) => ReturnType<typeof runQuery>

  beforeAll(async () => {
    h = await openHarness({ snapshots: [] })
    await writeDemoSnapshot(h.store, { snapshotId: 'demo-1', createdAt: '2026-03-01T09:00:00.000Z' })
    const builder = new GraphBuilder()
    for await (const node of h.store.loadNodes('demo-1')) builder.addNode(node)
    for await (const edge of h.store.loadEdges('demo-1')) builder.addEdge(edge)
    const graph = builder.build().graph
    const findings = await h.store.loadFindings('demo-1')
    direct = (query) => runQuery(graph, query, { findings })
  }, 120_000)
  afterAll(async () => {
    await h.close()
  })

  const post = (path: string, json: unknown, as: 'viewer' | 'analyst' | 'admin' | 'anonymous' = 'analyst') =>
    h.request(`/api/v1/explorer${path}`, { method: 'POST', json, as })

  it('lists the built-in templates and shows one with its text, AST and share code', async () => {
    const list = await h.json<{ items: { id: string; category: string; text: string }[] }>('/api/v1/explorer/templates')
    expect(list.items.map((t) => t.id)).toEqual(BUILTIN_TEMPLATES.map((t) => t.id))
    expect(list.items).toHaveLength(33)
    const k8s = await h.json<{ items: { category: string }[] }>('/api/v1/explorer/templates?category=kubernetes')
    expect(k8s.items.length).toBeGreaterThan(0)
    expect(k8s.items.every((t) => t.category === 'kubernetes')).toBe(true)
    const seed = await h.json<{ id: string; text: string; shareCode: string }>(`/api/v1/explorer/templates/${SEED}`)
    expect(seed.text).toContain('MATCH')
    const decoded = await (await post('/share/decode', { link: `https://x.example/explorer#q=${seed.shareCode}` }, 'viewer')).json()
    expect((decoded as { text: string }).text).toBe(seed.text)
  })

  it('runs the seed template and returns the same clusters as the engine', async () => {
    const result = (await (await post(`/templates/${SEED}/run`, {})).json()) as RunResult
    const expected = direct(findTemplate(SEED)!.query)
    expect(result.total).toBe(expected.total)
    expect(result.rows.map((r) => r.node.id)).toEqual(expected.rows.map((r) => r.node.id))
    expect(result.rows.some((r) => r.node.kind.includes('cluster'))).toBe(true)
    expect(result.snapshot.id).toBe('demo-1')
  })

  it('runs text and AST to the same rows, with the matched sub-path and the names of its nodes', async () => {
    const text = (await (await post('/run-text', { text: CONNECTION_TEXT })).json()) as RunResult
    expect(text.total).toBe(direct(CONNECTION_TEXT).total)
    expect(text.total).toBeGreaterThan(0)
    const row = text.rows[0]!
    expect(row.match[0]).toMatchObject({ from: row.node.id, kind: 'can-authenticate-to' })
    const names = new Set(text.matchNodes.map((n) => n.id))
    for (const edge of row.match) expect(names.has(edge.to)).toBe(true)
    const ast = (await (await post('/run', { query: text.query })).json()) as RunResult
    expect(ast.rows).toEqual(text.rows)
    expect(ast.shareCode).toBe(text.shareCode)
  })

  it('lowers the row count to the request limit or the text LIMIT, and still counts every match', async () => {
    const all = direct('MATCH (n:vm) RETURN n').total
    expect(all).toBeGreaterThan(3)
    const limited = (await (await post('/run-text', { text: 'MATCH (n:vm) RETURN n', limit: 2 })).json()) as RunResult
    expect(limited.rows).toHaveLength(2)
    expect(limited).toMatchObject({ total: all, truncated: true })
    const textLimit = (await (await post('/run-text', { text: 'MATCH (n:vm) RETURN n LIMIT 3' })).json()) as RunResult
    expect(textLimit.rows).toHaveLength(3)
  })

  it('answers a syntax error with a 400 problem pointing at the line and column, with a caret excerpt', async () => {
    const problem = (await expectProblem(await post('/run-text', { text: 'MATCH (n:vm WHERE n.name = 1 RETURN n' }), 400)) as unknown as {
      detail: string
      type: string
      position: { line: number; column: number; length: number }
      excerpt: string
      errors: { path: string }[]
    }
    expect(problem.type).toBe('urn:skyhound:problem:SKY_QUERY_SYNTAX')
    expect(problem.position).toMatchObject({ line: 1, column: 13 })
    expect(problem.excerpt).toBe('1 | MATCH (n:vm WHERE n.name = 1 RETURN n\n                ^^^^^')
    expect(problem.errors[0]!.path).toBe('json.text')
    const unknownKind = (await expectProblem(await post('/run', { query: { type: 'securitygraphquery', version: 1, properties: { source: { type: 'datasource', properties: { sources: [{ type: 'family', properties: { source: 'spaceship' } }] } } } } }), 400)) as unknown as { type: string; errors: { path: string }[] }
    expect(unknownKind.type).toBe('urn:skyhound:problem:SKY_QUERY_INVALID')
    expect(unknownKind.errors[0]!.path).toMatch(/^json\.query\./)
  })

  it('refuses a query beyond the hop limit and a row limit beyond the maximum, with clear messages', async () => {
    const hops = (await expectProblem(await post('/run-text', { text: 'MATCH (n:vm)-[:contains*1..9]->(m) RETURN n' }), 400)) as unknown as { detail: string; type: string; errors: { path: string }[] }
    expect(hops.type).toBe('urn:skyhound:problem:SKY_QUERY_LIMIT')
    expect(hops.detail).toContain('the limit is 6 (maxHops)')
    expect(hops.errors[0]!.path).toBe('query.limit')
    const rows = await expectProblem(await post('/run-text', { text: 'MATCH (n:vm) RETURN n', limit: 5001 }), 400)
    expect(rows.errors![0]!.path).toBe('json.limit')
    await expectProblem(await post('/run-text', { text: 'x'.repeat(20_001) }), 400)
  })

  it('saves, lists, shows, updates and deletes queries (analyst), and keeps viewers to reading', async () => {
    const created = await post('/saved', { name: 'secrets to data', description: 'first', text: CONNECTION_TEXT })
    expect(created.status).toBe(201)
    const saved = (await created.json()) as Saved
    expect(saved).toMatchObject({ name: 'secrets to data', owner: 'analyst token', description: 'first' })
    expect(saved.text).toBe(((await (await post('/run-text', { text: CONNECTION_TEXT })).json()) as RunResult).text)
    const duplicate = await expectProblem(await post('/saved', { name: 'secrets to data', text: CONNECTION_TEXT }), 400)
    expect(duplicate.errors![0]!.path).toBe('json.name')
    const list = await h.json<{ items: Saved[] }>('/api/v1/explorer/saved', { as: 'viewer' })
    expect(list.items.map((s) => s.name)).toEqual(['secrets to data'])
    const name = encodeURIComponent('secrets to data')
    expect((await h.json<Saved>(`/api/v1/explorer/saved/${name}`, { as: 'viewer' })).description).toBe('first')
    const updated = await h.json<Saved>(`/api/v1/explorer/saved/${name}`, { method: 'PUT', as: 'analyst', json: { description: 'second', text: 'MATCH (n:vm) RETURN n' } })
    expect(updated).toMatchObject({ description: 'second', text: 'MATCH (n:vm) RETURN n' })
    await expectProblem(await h.request(`/api/v1/explorer/saved/${name}`, { method: 'PUT', as: 'analyst', json: { text: 'MATCH (' } }), 400)
    await expectProblem(await post('/saved', { name: 'viewer one', text: CONNECTION_TEXT }, 'viewer'), 403)
    await expectProblem(await h.request(`/api/v1/explorer/saved/${name}`, { method: 'DELETE', as: 'viewer' }), 403)
    expect((await h.request(`/api/v1/explorer/saved/${name}`, { method: 'DELETE', as: 'analyst' })).status).toBe(204)
    await expectProblem(await h.request(`/api/v1/explorer/saved/${name}`, { as: 'viewer' }), 404)
    await expectProblem(await h.request(`/api/v1/explorer/saved/${name}`, { method: 'DELETE', as: 'analyst' }), 404)
    await expectProblem(await post('/saved', { name: 'both', text: CONNECTION_TEXT, query: {} }), 400)
    await expectProblem(await post('/saved', { name: 'bad/name', text: CONNECTION_TEXT }), 400)
    const audit = await h.json<{ items: { method: string; path: string; outcome?: string }[] }>('/api/v1/audit?limit=200', { as: 'admin' })
    expect(audit.items.some((e) => e.method === 'DELETE' && e.path.startsWith('/api/v1/explorer/saved/'))).toBe(true)
  })

  it('encodes and decodes share links, and refuses what is not one', async () => {
    const encoded = (await (await post('/share', { text: CONNECTION_TEXT }, 'viewer')).json()) as { code: string; path: string; text: string }
    expect(encoded.path).toBe(`/explorer#q=${encoded.code}`)
    const decoded = (await (await post('/share/decode', { link: encoded.code }, 'viewer')).json()) as { text: string; code: string }
    expect(decoded).toMatchObject({ text: encoded.text, code: encoded.code })
    const bad = (await expectProblem(await post('/share/decode', { link: 'not a link!' }, 'viewer'), 400)) as unknown as { type: string }
    expect(bad.type).toBe('urn:skyhound:problem:SKY_QUERY_LINK')
    await expectProblem(await post('/share', {}, 'viewer'), 400)
  })

  it('needs analyst to run queries and a token everywhere; unknown templates are 404', async () => {
    for (const [path, body] of [
      ['/run', { query: {} }],
      ['/run-text', { text: 'MATCH (n:vm) RETURN n' }],
      [`/templates/${SEED}/run`, {}],
    ] as const) {
      await expectProblem(await post(path, body, 'viewer'), 403)
      await expectProblem(await post(path, body, 'anonymous'), 401)
      expect((await post(path, path === '/run' ? { query: findTemplate(SEED)!.query } : body, 'admin')).status).toBe(200)
    }
    for (const path of ['/templates', `/templates/${SEED}`, '/saved']) await expectProblem(await h.request(`/api/v1/explorer${path}`, { as: 'anonymous' }), 401)
    await expectProblem(await post('/share', { text: 'MATCH (n) RETURN n' }, 'anonymous'), 401)
    await expectProblem(await h.request('/api/v1/explorer/templates/no-such-template'), 404)
    await expectProblem(await post('/templates/no-such-template/run', {}), 404)
    await expectProblem(await h.request('/api/v1/explorer/run-text', { method: 'POST', as: 'analyst', body: '{"text":', headers: { 'Content-Type': 'application/json' } }), 400)
    await expectProblem(await post('/run', { query: 'MATCH' }), 400)
    await expectProblem(await post('/run-text', { text: 'MATCH (n:vm) RETURN n', snapshot: 'nope' }), 404)
  })

  it('documents every route in the OpenAPI document', async () => {
    const doc = await h.json<{ paths: Record<string, unknown> }>('/api/v1/openapi.json', { as: 'anonymous' })
    for (const path of ['/explorer/run', '/explorer/run-text', '/explorer/templates', '/explorer/templates/{id}', '/explorer/templates/{id}/run', '/explorer/saved', '/explorer/saved/{name}', '/explorer/share', '/explorer/share/decode']) {
      expect(doc.paths[path], path).toBeDefined()
    }
  })
})
