/**
 * The SavedQueryStore contract: every backend keeps saved explorer queries across store instances, lists
 * them by name (per owner too), refuses a duplicate name unless replacing (keeping the creation time), and
 * deletes each once. The query JSON round-trips byte for byte.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SavedQueryRecord } from '../../src/store/saved-query-store.js'
import type { StoreFixture } from './store.contract.js'

const QUERY = {
  type: 'securitygraphquery',
  version: 1,
  properties: {
    source: {
      type: 'datasource',
      properties: {
        sources: [{ type: 'family', properties: { source: 'k8s-cluster' } }],
        conditions: { type: 'conditiongroup', properties: { operator: 'and', conditions: [{ type: 'property', properties: { path: ['props', 'rbacEnabled'], operator: 'eq', value: false } }] } },
      },
    },
  },
}

const saved = (name: string, owner: string, at: string, overrides: Partial<SavedQueryRecord> = {}): SavedQueryRecord => ({
  name,
  owner,
  description: `query ${name} — ünïcödé`,
  query: QUERY,
  text: 'MATCH (n:k8s-cluster) WHERE n.rbacEnabled = false RETURN n',
  createdAt: at,
  updatedAt: at,
  ...overrides,
})

export function runSavedQueryStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`saved query store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined

    afterEach(async () => {
      await fixture?.cleanup()
      fixture = undefined
    })

    it('round-trips saved queries by name, for another store instance too', async () => {
      fixture = await makeStore()
      const b = saved('rbac-off', 'bob', '2026-04-02T00:00:00.000Z')
      const a = saved('admins without mfa', 'alice', '2026-04-01T00:00:00.000Z')
      await fixture.store.savedQueries.saveQuery(b)
      await fixture.store.savedQueries.saveQuery(a)
      expect(await fixture.store.savedQueries.listQueries()).toStrictEqual([a, b])
      expect(await fixture.store.savedQueries.listQueries({ owner: 'bob' })).toStrictEqual([b])
      const other = await fixture.openAnother()
      try {
        expect(await other.savedQueries.getQuery('rbac-off')).toStrictEqual(b)
        expect(JSON.stringify((await other.savedQueries.getQuery('rbac-off'))?.query)).toBe(JSON.stringify(QUERY))
        expect(await other.savedQueries.getQuery('missing')).toBeUndefined()
      } finally {
        await other.close()
      }
    })

    it('refuses a duplicate name unless replacing, and a replacement keeps the creation time', async () => {
      fixture = await makeStore()
      const original = saved('q', 'alice', '2026-04-01T00:00:00.000Z')
      await fixture.store.savedQueries.saveQuery(original)
      await expect(fixture.store.savedQueries.saveQuery({ ...original, owner: 'mallory' })).rejects.toMatchObject({ code: 'SKY_STORE_FAILURE' })
      expect(await fixture.store.savedQueries.getQuery('q')).toStrictEqual(original)
      const update = saved('q', 'alice', '2026-05-01T00:00:00.000Z', { description: 'updated', text: 'MATCH (n) RETURN n' })
      await fixture.store.savedQueries.saveQuery(update, { replace: true })
      expect(await fixture.store.savedQueries.getQuery('q')).toStrictEqual({ ...update, createdAt: original.createdAt })
    })

    it('deletes a saved query once', async () => {
      fixture = await makeStore()
      await fixture.store.savedQueries.saveQuery(saved('q', 'alice', '2026-04-01T00:00:00.000Z'))
      expect(await fixture.store.savedQueries.deleteQuery('q')).toBe(true)
      expect(await fixture.store.savedQueries.deleteQuery('q')).toBe(false)
      expect(await fixture.store.savedQueries.listQueries()).toStrictEqual([])
    })
  })
}
