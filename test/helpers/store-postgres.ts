/**
 * Test helper: a fresh PostgreSQL schema per store, on the server named by SKYHOUND_TEST_PG_URL
 * (CI: postgresql://postgres@127.0.0.1:5432/test). Tables go into the schema through `?schema=`.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const PG_URL = process.env['SKYHOUND_TEST_PG_URL'] || undefined

export const PG_SKIP_TITLE =
  'set SKYHOUND_TEST_PG_URL=postgresql://… to run the PostgreSQL store contract'

export interface TestSchema {
  readonly name: string
  /** The store URL: SKYHOUND_TEST_PG_URL with `?schema=<name>`. */
  readonly url: string
  /** Runs one SQL statement as the test user, with the schema first on the search path. */
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>
  drop(): Promise<void>
}

export async function createTestSchema(baseUrl: string): Promise<TestSchema> {
  const name = `skyhound_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`create schema ${name}`)
  await admin.query(`set search_path to ${name}`)
  const url = new URL(baseUrl)
  url.searchParams.set('schema', name)
  return {
    name,
    url: url.toString(),
    query: (text, values) => admin.query(text, values),
    drop: async () => {
      try {
        await admin.query(`drop schema if exists ${name} cascade`)
      } finally {
        await admin.end()
      }
    },
  }
}
