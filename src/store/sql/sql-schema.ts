/**
 * @module The tables both SQL backends share, as Kysely sees them. JSON columns travel as text in both
 * directions (SQLite `text`, PostgreSQL `json`, whose text form keeps key order), so a snapshot
 * round-trips byte for byte; the PostgreSQL pool is told not to parse `json` (postgres-store.ts).
 */

export interface SchemaMigrationsTable {
  readonly version: number
  readonly name: string
  readonly applied_at: string
}

export const SNAPSHOT_STATUSES = ['writing', 'complete'] as const
export type SnapshotStatus = (typeof SNAPSHOT_STATUSES)[number]

export interface SnapshotsTable {
  readonly id: string
  readonly created_at: string
  /** Only `complete` rows are listed or loaded; see docs/store.md (Atomicity). */
  readonly status: SnapshotStatus
  readonly resources: number
  readonly findings: number
  readonly attack_paths: number
  readonly issues: number
  /** SnapshotSummary as JSON text. */
  readonly summary: string
}

export interface NodesTable {
  readonly snapshot_id: string
  readonly id: string
  readonly kind: string
  readonly family: string
  readonly provider: string
  readonly scope: string
  readonly name: string
  readonly region: string | null
  /** `{ tags, props, insights, provenance }` as JSON text. */
  readonly data: string
}

export interface EdgesTable {
  readonly snapshot_id: string
  /** Write order inside the snapshot: the last sort key, so duplicate triples still load deterministically. */
  readonly seq: number
  readonly from_id: string
  readonly to_id: string
  readonly kind: string
  /** `{ props, evidence }` as JSON text. */
  readonly data: string
}

export interface FindingsTable {
  readonly snapshot_id: string
  readonly seq: number
  readonly id: string
  readonly rule_id: string
  readonly node_id: string
  readonly status: string
  readonly severity: string
  readonly scope: string
  /** `{ message, details }` as JSON text. */
  readonly data: string
}

/** Attack paths, scores and later analysis results: one table keyed by record kind (RECORD_KINDS). */
export interface RecordsTable {
  readonly snapshot_id: string
  readonly kind: string
  readonly seq: number
  readonly id: string
  readonly data: string
}

export interface IssuesTable {
  readonly snapshot_id: string
  readonly seq: number
  /** The whole ScanIssue as JSON text. */
  readonly data: string
}

export interface StoreDatabase {
  schema_migrations: SchemaMigrationsTable
  snapshots: SnapshotsTable
  nodes: NodesTable
  edges: EdgesTable
  findings: FindingsTable
  records: RecordsTable
  issues: IssuesTable
}

/** Tables holding rows of one snapshot, deleted together with it. */
export const SNAPSHOT_CONTENT_TABLES = ['nodes', 'edges', 'findings', 'records', 'issues'] as const
export type ContentTable = (typeof SNAPSHOT_CONTENT_TABLES)[number]

export type ColumnKind = 'text' | 'int' | 'json'

/** Column order and kind of each content table, for the bulk inserts (PostgreSQL casts arrays by kind). */
export const CONTENT_COLUMNS = {
  nodes: {
    snapshot_id: 'text',
    id: 'text',
    kind: 'text',
    family: 'text',
    provider: 'text',
    scope: 'text',
    name: 'text',
    region: 'text',
    data: 'json',
  },
  edges: { snapshot_id: 'text', seq: 'int', from_id: 'text', to_id: 'text', kind: 'text', data: 'json' },
  findings: {
    snapshot_id: 'text',
    seq: 'int',
    id: 'text',
    rule_id: 'text',
    node_id: 'text',
    status: 'text',
    severity: 'text',
    scope: 'text',
    data: 'json',
  },
  records: { snapshot_id: 'text', kind: 'text', seq: 'int', id: 'text', data: 'json' },
  issues: { snapshot_id: 'text', seq: 'int', data: 'json' },
} as const satisfies { readonly [T in ContentTable]: Readonly<Record<keyof StoreDatabase[T], ColumnKind>> }

/** The columns of `table` in insert order. */
export function contentColumns<T extends ContentTable>(table: T): (keyof StoreDatabase[T] & string)[] {
  return Object.keys(CONTENT_COLUMNS[table]) as (keyof StoreDatabase[T] & string)[]
}
