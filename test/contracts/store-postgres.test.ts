import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/index.js'
import { collect, expectedSnapshot, snapshotContent } from '../helpers/store-snapshots.js'
import { PG_SKIP_TITLE, PG_URL, createTestSchema } from '../helpers/store-postgres.js'
import { runStoreContract } from './store.contract.js'

if (PG_URL === undefined) {
  describe.skip(PG_SKIP_TITLE, () => {
    runStoreContract('postgres', () => Promise.reject(new Error('SKYHOUND_TEST_PG_URL is not set')))
  })
} else {
  const baseUrl = PG_URL

  runStoreContract('postgres', async () => {
    const schema = await createTestSchema(baseUrl)
    const store = await openStore(schema.url)
    return {
      store,
      openAnother: () => openStore(schema.url),
      cleanup: async () => {
        await store.close()
        await schema.drop()
      },
    }
  })

  describe('store postgres', () => {
    it('opens a fresh schema from several instances at once, applying the schema once', async () => {
      const schema = await createTestSchema(baseUrl)
      try {
        const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(schema.url)))
        const shape = { id: 'snap-x', createdAt: '2026-01-01T00:00:00.000Z', nodes: 10, edges: 5 }
        await stores[0]!.writeSnapshot(snapshotContent(shape))
        for (const store of stores) {
          expect(await collect(store.loadNodes('snap-x'))).toStrictEqual(expectedSnapshot(shape).nodes)
        }
        await Promise.all(stores.map((s) => s.close()))
        const applied = await schema.query('select version, name from schema_migrations order by version')
        expect(applied.rows).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })))
      } finally {
        await schema.drop()
      }
    })

    it('declares every key column collate "C", so order is bytewise whatever the database collation', async () => {
      const schema = await createTestSchema(baseUrl)
      try {
        const store = await openStore(schema.url)
        await store.close()
        const columns = await schema.query(
          `select table_name, column_name, collation_name from information_schema.columns
           where table_schema = $1 and column_name in ('id', 'snapshot_id', 'from_id', 'to_id', 'kind', 'created_at')`,
          [schema.name],
        )
        const rows = columns.rows as { table_name: string; column_name: string; collation_name: string | null }[]
        expect(rows.filter((r) => r.table_name !== 'schema_migrations').length).toBeGreaterThan(10)
        expect(rows.filter((r) => r.collation_name !== 'C')).toEqual([])
      } finally {
        await schema.drop()
      }
    })

    it('creates the ?schema= schema when it does not exist and keeps its tables there', async () => {
      const schema = await createTestSchema(baseUrl)
      const url = new URL(schema.url)
      url.searchParams.set('schema', `${schema.name}_new`)
      try {
        const store = await openStore(url.toString())
        await store.close()
        const tables = await schema.query(
          'select table_name from information_schema.tables where table_schema = $1 order by 1',
          [`${schema.name}_new`],
        )
        expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(
          expect.arrayContaining(['edges', 'findings', 'issues', 'nodes', 'records', 'schema_migrations', 'snapshots']),
        )
        const elsewhere = await schema.query(
          "select count(*)::int as n from information_schema.tables where table_schema = $1 and table_name = 'nodes'",
          [schema.name],
        )
        expect(elsewhere.rows).toEqual([{ n: 0 }])
        expect(store.location).not.toContain('password')
      } finally {
        await schema.query(`drop schema if exists ${schema.name}_new cascade`)
        await schema.drop()
      }
    })
  })
}
