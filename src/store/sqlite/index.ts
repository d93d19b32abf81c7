/** @module The SQLite store backend (the default): see docs/store.md. */
export { openSqliteStore } from './sqlite-store.js'
export type { SqliteStoreOptions } from './sqlite-store.js'
export { SQLITE_MIGRATIONS } from './sqlite-migrations.js'
