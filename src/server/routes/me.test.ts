import { afterEach, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

describe('server/routes/me', () => {
  let h: Harness
  afterEach(() => h.close())

  it('names the token, its role and the auth mode', async () => {
    h = await openHarness({ snapshots: [] })
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      expect(await h.json('/api/v1/me', { as: role })).toEqual({
        kind: 'token',
        role,
        tokenId: h.tokenIds[role],
        name: `${role} token`,
        authMode: 'tokens',
      })
    }
  })

  it('answers 401 without a token, and for malformed, foreign or unknown tokens', async () => {
    h = await openHarness({ snapshots: [] })
    const missing = await h.request('/api/v1/me', { as: 'anonymous' })
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="skyhound"')
    await expectProblem(missing, 401)
    const forged = h.tokens.admin.slice(0, -4) + 'AAAA'
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer not-a-skyhound-token', `Bearer ${forged}`, 'Bearer skh_000000000000_' + 'A'.repeat(43)]) {
      await expectProblem(await h.request('/api/v1/me', { as: 'anonymous', headers: { Authorization: header } }), 401)
    }
  })

  it('treats every caller of an open loopback server as the local admin', async () => {
    h = await openHarness({ open: true, snapshots: [] })
    expect(await h.json('/api/v1/me', { as: 'anonymous' })).toEqual({ kind: 'local', role: 'admin', tokenId: null, name: null, authMode: 'open' })
  })
})
