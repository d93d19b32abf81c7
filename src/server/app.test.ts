import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from './__fixtures__/api-harness.js'
import type { Caller, Harness } from './__fixtures__/api-harness.js'
import { WEB_VM } from './__fixtures__/small-estate.js'
import { createApp } from './app.js'
import { createGraphSource } from './graph-source.js'

const ROUTES: readonly { method: string; path: string; role: 'viewer' | 'admin'; json?: unknown; ok: number }[] = [
  { method: 'GET', path: '/api/v1/me', role: 'viewer', ok: 200 },
  { method: 'GET', path: '/api/v1/snapshots', role: 'viewer', ok: 200 },
  { method: 'GET', path: '/api/v1/snapshots/latest', role: 'viewer', ok: 200 },
  { method: 'GET', path: '/api/v1/inventory', role: 'viewer', ok: 200 },
  { method: 'GET', path: `/api/v1/nodes/${encodeURIComponent(WEB_VM)}`, role: 'viewer', ok: 200 },
  { method: 'GET', path: `/api/v1/nodes/${encodeURIComponent(WEB_VM)}/edges`, role: 'viewer', ok: 200 },
  { method: 'GET', path: '/api/v1/tokens', role: 'admin', ok: 200 },
  { method: 'POST', path: '/api/v1/tokens', role: 'admin', json: { name: 'matrix', role: 'viewer' }, ok: 201 },
  { method: 'GET', path: '/api/v1/audit', role: 'admin', ok: 200 },
  { method: 'DELETE', path: '/api/v1/snapshots/snap-1', role: 'admin', ok: 204 },
]
const RANK: Record<Caller, number> = { anonymous: -1, viewer: 0, analyst: 1, admin: 2 }

describe('server/app', () => {
  let h: Harness
  afterEach(() => h.close())

  it.each(ROUTES)('enforces the role of $method $path for every caller', async (route) => {
    for (const caller of ['anonymous', 'viewer', 'analyst', 'admin'] as const) {
      h = await openHarness()
      const response = await h.request(route.path, { method: route.method, as: caller, ...(route.json === undefined ? {} : { json: route.json }) })
      const expected = caller === 'anonymous' ? 401 : RANK[caller] >= RANK[route.role] ? route.ok : 403
      expect(response.status, `${caller}: ${await response.clone().text()}`).toBe(expected)
      if (expected >= 400) await expectProblem(response, expected)
      await h.close()
    }
    h = await openHarness({ snapshots: [] })
  })

  it('sets security headers on API and dashboard responses', async () => {
    h = await openHarness()
    const response = await h.request('/api/v1/health')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const problem = await h.request('/api/v1/snapshots', { as: 'anonymous' })
    expect(problem.headers.get('content-security-policy')).toContain("default-src 'self'")
  })

  it('refuses request bodies over the limit with 413', async () => {
    h = await openHarness({ bodyLimitBytes: 200 })
    const response = await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'x'.repeat(300), role: 'viewer' } })
    expect((await expectProblem(response, 413)).code).toBe('HTTP_PAYLOAD_TOO_LARGE')
  })

  it('rate-limits each token separately and says when to retry', async () => {
    h = await openHarness({ rateLimit: { burst: 3, perSecond: 0.01 } })
    for (let i = 0; i < 3; i++) expect((await h.request('/api/v1/me', { as: 'viewer' })).status).toBe(200)
    const limited = await h.request('/api/v1/me', { as: 'viewer' })
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await expectProblem(limited, 429)).code).toBe('HTTP_RATE_LIMITED')
    expect((await h.request('/api/v1/me', { as: 'admin' })).status).toBe(200)
  })

  it('throttles repeated failed authentications from one address', async () => {
    h = await openHarness({ rateLimit: { burst: 2, perSecond: 0.01 } })
    const bad = { as: 'anonymous' as const, headers: { Authorization: 'Bearer skh_000000000000_' + 'A'.repeat(43) } }
    await expectProblem(await h.request('/api/v1/me', bad), 401)
    await expectProblem(await h.request('/api/v1/me', bad), 401)
    await expectProblem(await h.request('/api/v1/me', bad), 429)
  })

  it('answers unknown API routes with a 404 problem', async () => {
    h = await openHarness()
    expect((await expectProblem(await h.request('/api/v1/no-such-route'), 404)).code).toBe('HTTP_NOT_FOUND')
    await expectProblem(await h.request('/api/v2/inventory'), 404)
  })

  it('hides store failures behind a 503 problem without paths, driver messages or stacks', async () => {
    h = await openHarness()
    await h.store.close()
    const problem = await expectProblem(await h.request('/api/v1/snapshots'), 503)
    expect(problem.code).toBe('SKY_STORE_FAILURE')
    expect(JSON.stringify(problem)).not.toMatch(/skyhound\.db|sqlite|tmp/i)
    expect(problem.requestId).toBeTruthy()
  })

  describe('open loopback mode', () => {
    it('refuses foreign host names (DNS rebinding) and cross-origin writes', async () => {
      h = await openHarness({ open: true })
      expect((await h.request('/api/v1/snapshots', { as: 'anonymous' })).status).toBe(200)
      const rebound = await h.app.request('http://attacker.example/api/v1/snapshots')
      expect((await expectProblem(rebound, 421)).code).toBe('HTTP_MISDIRECTED')
      expect((await h.app.request('http://localhost/api/v1/me')).status).toBe(200)
      const crossSite = await h.request('/api/v1/tokens', {
        method: 'POST',
        as: 'anonymous',
        json: { name: 'x', role: 'admin' },
        headers: { Origin: 'https://evil.example' },
      })
      await expectProblem(crossSite, 403)
      const sameSite = await h.request('/api/v1/tokens', {
        method: 'POST',
        as: 'anonymous',
        json: { name: 'first admin', role: 'admin' },
        headers: { Origin: 'http://127.0.0.1' },
      })
      expect(sameSite.status).toBe(201)
    })

    it('stops being open as soon as a token exists', async () => {
      h = await openHarness({ open: true })
      await h.request('/api/v1/tokens', { method: 'POST', as: 'anonymous', json: { name: 'first admin', role: 'admin' } })
      await expectProblem(await h.request('/api/v1/snapshots', { as: 'anonymous' }), 401)
    })
  })

  it('refuses an anonymous caller on every route the OpenAPI document marks as secured', async () => {
    // Derived from the document, so a route added later is covered without editing a list here.
    h = await openHarness()
    const doc = await h.json<{ paths: Record<string, Record<string, { security?: unknown[] }>> }>('/api/v1/openapi.json', { as: 'anonymous' })
    let secured = 0
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (operation.security === undefined || operation.security.length === 0) continue
        secured++
        const url = `/api/v1${path.replace(/\{[^}]+\}/g, 'x')}`
        const response = await h.request(url, { method: method.toUpperCase(), as: 'anonymous', ...(method === 'get' || method === 'delete' ? {} : { json: {} }) })
        expect(response.status, `${method.toUpperCase()} ${url}`).toBe(401)
        await expectProblem(response, 401)
      }
    }
    expect(secured).toBeGreaterThan(40)
  })

  describe('OpenAPI document', () => {
    it('is OpenAPI 3.1, public, and generated from the route schemas', async () => {
      h = await openHarness()
      const doc = await h.json<{
        openapi: string
        paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; security?: unknown; responses: Record<string, unknown> }>>
        components: { schemas: Record<string, { properties?: Record<string, unknown>; enum?: string[] }>; securitySchemes: Record<string, unknown> }
      }>('/api/v1/openapi.json', { as: 'anonymous' })
      expect(doc.openapi).toBe('3.1.0')
      // Each area's own tests check its routes are documented; these are the shell's.
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/audit', '/health', '/inventory', '/me', '/nodes/{id}', '/nodes/{id}/edges', '/snapshots', '/snapshots/{id}', '/tokens', '/tokens/{id}']),
      )
      const inventory = doc.paths['/inventory']!['get']!
      expect(inventory.parameters?.map((p) => p.name).sort()).toEqual(
        ['cursor', 'family', 'kind', 'limit', 'offset', 'provider', 'q', 'scope', 'snapshot', 'tag'].sort(),
      )
      expect(inventory.security).toEqual([{ bearerAuth: [] }])
      expect(Object.keys(inventory.responses).sort()).toEqual(['200', '400', '401', '403', '404', '429'])
      expect(doc.components.securitySchemes['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer' })
      expect(doc.components.schemas['Provider']?.enum).toContain('kubernetes')
      expect(Object.keys(doc.components.schemas['Node']?.properties ?? {})).toContain('insights')
      expect(doc.components.schemas['Problem']).toBeDefined()
    })
  })

  describe('dashboard', () => {
    it('serves the built files, falls back to index.html for dashboard routes and 404s missing assets', async () => {
      h = await openHarness()
      const web = mkdtempSync(join(tmpdir(), 'skyhound-web-'))
      try {
        writeFileSync(join(web, 'index.html'), '<!doctype html><title>Skyhound test</title>')
        writeFileSync(join(web, 'app.js'), 'console.log(1)')
        const app = createApp({ store: h.store, graphSource: createGraphSource(h.store), auth: { tokens: h.store.auth, required: false }, webRoot: web })
        const index = await app.request('http://127.0.0.1/inventory?provider=aws')
        expect(index.status).toBe(200)
        expect(await index.text()).toContain('Skyhound test')
        expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        const script = await app.request('http://127.0.0.1/app.js')
        expect(script.headers.get('content-type')).toContain('javascript')
        expect((await app.request('http://127.0.0.1/assets/missing.js')).status).toBe(404)
        expect((await app.request('http://127.0.0.1/../../etc/passwd')).status).not.toBe(500)
        expect((await app.request('http://127.0.0.1/api/v1/nothing')).headers.get('content-type')).toBe('application/problem+json')
        const unbuilt = createApp({ store: h.store, graphSource: createGraphSource(h.store), auth: { tokens: h.store.auth, required: false }, webRoot: join(web, 'none') })
        expect(await (await unbuilt.request('http://127.0.0.1/')).text()).toContain('npm run build:web')
      } finally {
        rmSync(web, { recursive: true, force: true })
      }
    })
  })
})
