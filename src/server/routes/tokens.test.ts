import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

interface TokenInfo {
  id: string
  name: string
  role: string
  createdAt: string
  revokedAt: string | null
}

describe('server/routes/tokens', () => {
  let h: Harness
  beforeEach(async () => {
    h = await openHarness({ snapshots: [] })
  })
  afterEach(() => h.close())

  it('creates a token whose secret is returned once and works at once with its role', async () => {
    const response = await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'ci exporter', role: 'analyst' } })
    expect(response.status).toBe(201)
    const created = (await response.json()) as TokenInfo & { token: string }
    expect(created).toMatchObject({ name: 'ci exporter', role: 'analyst', revokedAt: null })
    expect(created.token).toMatch(new RegExp(`^skh_${created.id}_`))
    const me = await h.app.request('http://127.0.0.1/api/v1/me', { headers: { Authorization: `Bearer ${created.token}` } })
    expect(await me.json()).toMatchObject({ kind: 'token', role: 'analyst', tokenId: created.id, name: 'ci exporter' })
  })

  it('lists tokens without secrets or hashes', async () => {
    const { items } = await h.json<{ items: TokenInfo[] }>('/api/v1/tokens', { as: 'admin' })
    // Created within the same millisecond, so only the set is stable.
    expect(items.map((t) => t.role).sort()).toEqual(['admin', 'analyst', 'viewer'])
    const text = JSON.stringify(items)
    expect(text).not.toMatch(/hash|skh_/)
    for (const token of Object.values(h.tokens)) expect(text).not.toContain(token)
  })

  it('revokes a token, which is refused afterwards, and answers 404 for an unknown or already revoked one', async () => {
    const revoke = await h.request(`/api/v1/tokens/${h.tokenIds.viewer}`, { method: 'DELETE', as: 'admin' })
    expect(revoke.status).toBe(204)
    const refused = await expectProblem(await h.request('/api/v1/snapshots', { as: 'viewer' }), 401)
    expect(refused.detail).toContain('revoked')
    expect(refused.detail).not.toContain(h.tokens.viewer)
    await expectProblem(await h.request(`/api/v1/tokens/${h.tokenIds.viewer}`, { method: 'DELETE', as: 'admin' }), 404)
    await expectProblem(await h.request('/api/v1/tokens/0123456789ab', { method: 'DELETE', as: 'admin' }), 404)
    await expectProblem(await h.request('/api/v1/tokens/not-an-id', { method: 'DELETE', as: 'admin' }), 400)
  })

  it('refuses malformed bodies with 400 problems', async () => {
    const malformed = await expectProblem(
      await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', body: '{"name":', headers: { 'Content-Type': 'application/json' } }),
      400,
    )
    expect(malformed.code).toBe('HTTP_BAD_REQUEST')
    const badRole = await expectProblem(await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'x', role: 'root' } }), 400)
    expect(badRole.errors?.[0]?.path).toBe('json.role')
    const extra = await expectProblem(
      await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'x', role: 'viewer', hash: 'abc' } }),
      400,
    )
    expect(extra.errors?.[0]?.path).toBe('json')
    await expectProblem(await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: '   ', role: 'viewer' } }), 400)
    await expectProblem(await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'bell\u0007', role: 'viewer' } }), 400)
  })

  it('is admin only', async () => {
    for (const role of ['viewer', 'analyst'] as const) {
      await expectProblem(await h.request('/api/v1/tokens', { as: role }), 403)
      await expectProblem(await h.request('/api/v1/tokens', { method: 'POST', as: role, json: { name: 'x', role: 'admin' } }), 403)
      await expectProblem(await h.request(`/api/v1/tokens/${h.tokenIds.admin}`, { method: 'DELETE', as: role }), 403)
    }
    await expectProblem(await h.request('/api/v1/tokens', { as: 'anonymous' }), 401)
  })
})
