/**
 * @module `openStore(location)`: the one way the CLI and server get a Store. Backends load lazily, so
 * a SQLite user never loads `pg` and a PostgreSQL server never loads the native SQLite addon.
 */
import type { Store } from './store.js'
import { defaultStoreFile, parseStoreLocation, sqliteLocation } from './store-location.js'

export { describeDefaultStoreLocation, DEFAULT_STORE_LOCATION_RULE } from './store-location.js'

/**
 * `postgres://…` or `postgresql://…` (optional `?schema=name`) opens PostgreSQL; any other value is a
 * SQLite file path (`:memory:` for a private in-memory database); no value means the default file
 * (docs/store.md). Migrations are applied before this resolves.
 */
export async function openStore(location?: string): Promise<Store> {
  const target = location === undefined ? sqliteLocation(defaultStoreFile()) : parseStoreLocation(location)
  if (target.backend === 'postgres') {
    const { openPostgresStore } = await import('./postgres/index.js')
    return openPostgresStore({
      connectionString: target.connectionString,
      location: target.display,
      ...(target.schema === undefined ? {} : { schema: target.schema }),
    })
  }
  const { openSqliteStore } = await import('./sqlite/index.js')
  return openSqliteStore({ file: target.file, location: target.display })
}
