/** @module The PostgreSQL store backend: see docs/store.md. */
export { openPostgresStore } from './postgres-store.js'
export type { PostgresStoreOptions } from './postgres-store.js'
export { POSTGRES_MIGRATIONS } from './postgres-migrations.js'
