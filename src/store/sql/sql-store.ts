/**
 * @module The Store over Kysely, shared by the SQLite and PostgreSQL backends. A snapshot is written in
 * one transaction on one reserved connection, its row marked `complete` last; readers only ever see
 * `complete` snapshots. Loaders page by key, so no connection is held between pages.
 */
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { SkyhoundError, isSkyhoundError } from '../../model/errors.js'
import type { Finding } from '../../model/finding.js'
import type { GraphEdge, GraphNode } from '../../model/graph-types.js'
import type { ScanIssue } from '../../model/issue.js'
import type { SnapshotSummary } from '../../model/snapshot.js'
import type { AuthStore } from '../auth-store.js'
import type { ExemptionStore } from '../exemption-store.js'
import type { GovernanceStore } from '../governance-store.js'
import type { NotificationStore } from '../notification-store.js'
import type { SavedQueryStore } from '../saved-query-store.js'
import type { RecordKind, SnapshotContent, SnapshotListItem, SnapshotRecordInput, Store } from '../store.js'
import { writeInBatches } from './batches.js'
import { SqlAuthStore } from './sql-auth-store.js'
import { SqlExemptionStore } from './sql-exemption-store.js'
import { SqlGovernanceStore } from './sql-governance-store.js'
import { SqlNotificationStore } from './sql-notification-store.js'
import { SqlSavedQueryStore } from './sql-saved-query-store.js'
import type { SqlBackend } from './sql-backend.js'
import { migrate } from './sql-migrator.js'
import {
  decodeEdge,
  decodeFinding,
  decodeIssue,
  decodeNode,
  decodeRecord,
  decodeSummary,
  encodeEdge,
  encodeFinding,
  encodeIssue,
  encodeNode,
  encodeRecord,
  encodeSnapshotRow,
  StringInterner,
} from './sql-rows.js'
import { SNAPSHOT_CONTENT_TABLES } from './sql-schema.js'
import type { ContentTable, StoreDatabase } from './sql-schema.js'
import { storeFailure, storeOpenError } from './store-errors.js'

type Db = Kysely<StoreDatabase>

export class SqlStore implements Store {
  readonly backend: SqlBackend['name']
  readonly location: string
  readonly auth: AuthStore
  readonly exemptions: ExemptionStore
  readonly savedQueries: SavedQueryStore
  readonly governance: GovernanceStore
  readonly notifications: NotificationStore
  private closed = false

  private constructor(
    private readonly db: Db,
    private readonly sqlBackend: SqlBackend,
  ) {
    this.backend = sqlBackend.name
    this.location = sqlBackend.location
    this.auth = new SqlAuthStore(db, sqlBackend)
    this.exemptions = new SqlExemptionStore(db, sqlBackend)
    this.savedQueries = new SqlSavedQueryStore(db, sqlBackend)
    this.governance = new SqlGovernanceStore(db, sqlBackend)
    this.notifications = new SqlNotificationStore(db, sqlBackend)
  }

  /** Migrates and returns the store; on failure the connection is closed and the error names the location. */
  static async open(db: Db, backend: SqlBackend): Promise<SqlStore> {
    try {
      await migrate(db, backend)
    } catch (error) {
      await db.destroy().catch(() => undefined)
      if (isSkyhoundError(error)) throw error
      throw storeOpenError(backend.location, error, backend.openHint(error))
    }
    return new SqlStore(db, backend)
  }

  async writeSnapshot(content: SnapshotContent): Promise<void> {
    const id = content.header.id
    const operation = `write snapshot ${id}`
    await this.inWriteTransaction(operation, async (conn) => {
      const exists = await this.guard(operation, () =>
        conn.selectFrom('snapshots').select('id').where('id', '=', id).executeTakeFirst(),
      )
      if (exists !== undefined) {
        throw new SkyhoundError('SKY_STORE_FAILURE', `${this.location}: snapshot ${id} already exists`, {
          where: this.location,
          hint: 'Delete it first, or write the snapshot under a new id.',
        })
      }
      const row = encodeSnapshotRow(id, content.header.createdAt, content.summary, 'writing')
      await this.guard(operation, () => conn.insertInto('snapshots').values(row).execute())

      const write = <T, Table extends ContentTable>(
        source: Iterable<T>,
        table: Table,
        toRow: (item: T, seq: number) => StoreDatabase[Table],
      ) =>
        writeInBatches(source, this.sqlBackend.rowsPerInsert(table), toRow, (rows) =>
          this.guard(operation, () => this.sqlBackend.insertRows(conn, table, rows)),
        )
      await write(content.nodes, 'nodes', (n) => encodeNode(id, n))
      await write(content.edges, 'edges', (e, seq) => encodeEdge(id, seq, e))
      await write(content.findings, 'findings', (f, seq) => encodeFinding(id, seq, f))
      await write(content.records, 'records', (r, seq) => encodeRecord(id, seq, r))
      await write(content.issues, 'issues', (i, seq) => encodeIssue(id, seq, i))

      await this.guard(operation, () =>
        conn.updateTable('snapshots').set({ status: 'complete' }).where('id', '=', id).execute(),
      )
    })
    await this.sqlBackend.afterWrite(this.db).catch(() => undefined)
  }

  async listSnapshots(options: { readonly limit?: number } = {}): Promise<SnapshotListItem[]> {
    const rows = await this.guard('list snapshots', () => {
      let query = this.db
        .selectFrom('snapshots')
        .select(['id', 'created_at', 'resources', 'findings', 'attack_paths', 'issues'])
        .where('status', '=', 'complete')
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
      if (options.limit !== undefined) query = query.limit(Math.max(0, Math.floor(options.limit)))
      return query.execute()
    })
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      resources: Number(r.resources),
      findings: Number(r.findings),
      attackPaths: Number(r.attack_paths),
      issues: Number(r.issues),
    }))
  }

  async getSnapshot(id: string): Promise<SnapshotSummary | undefined> {
    const row = await this.guard(`read snapshot ${id}`, () =>
      this.db
        .selectFrom('snapshots')
        .select('summary')
        .where('id', '=', id)
        .where('status', '=', 'complete')
        .executeTakeFirst(),
    )
    return row === undefined ? undefined : decodeSummary(row.summary)
  }

  async latestSnapshotId(): Promise<string | undefined> {
    const [latest] = await this.listSnapshots({ limit: 1 })
    return latest?.id
  }

  async *loadNodes(id: string): AsyncIterable<GraphNode> {
    const operation = `load nodes of snapshot ${id}`
    if (!(await this.isComplete(id, operation))) return
    let after: string | undefined
    for (;;) {
      const rows = await this.guard(operation, () => {
        let query = this.db.selectFrom('nodes').selectAll().where('snapshot_id', '=', id)
        if (after !== undefined) query = query.where('id', '>', after)
        return query.orderBy('id').limit(this.sqlBackend.pageRows).execute()
      })
      for (const row of rows) yield decodeNode(row)
      const last = rows.at(-1)
      if (last === undefined || rows.length < this.sqlBackend.pageRows) return
      after = last.id
    }
  }

  async *loadEdges(id: string): AsyncIterable<GraphEdge> {
    const operation = `load edges of snapshot ${id}`
    if (!(await this.isComplete(id, operation))) return
    let after: readonly [string, string, string, number] | undefined
    for (;;) {
      const rows = await this.guard(operation, () => {
        let query = this.db.selectFrom('edges').selectAll().where('snapshot_id', '=', id)
        if (after !== undefined) {
          const [from, kind, to, seq] = after
          query = query.where((eb) =>
            eb(eb.refTuple('from_id', 'kind', 'to_id', 'seq'), '>', eb.tuple(from, kind, to, seq)),
          )
        }
        return query
          .orderBy('from_id')
          .orderBy('kind')
          .orderBy('to_id')
          .orderBy('seq')
          .limit(this.sqlBackend.pageRows)
          .execute()
      })
      for (const row of rows) yield decodeEdge(row)
      const last = rows.at(-1)
      if (last === undefined || rows.length < this.sqlBackend.pageRows) return
      after = [last.from_id, last.kind, last.to_id, Number(last.seq)]
    }
  }

  async loadFindings(id: string): Promise<Finding[]> {
    const operation = `load findings of snapshot ${id}`
    if (!(await this.isComplete(id, operation))) return []
    // Paged and decoded page by page: at 1M resources a snapshot holds about 5M findings, and reading every
    // row before decoding held both forms at once. Repeated strings (rule ids, node ids, scopes, detail
    // values) are shared, since a node has several findings and a rule thousands.
    const findings: Finding[] = []
    const intern = new StringInterner()
    let after = -1
    for (;;) {
      const rows = await this.guard(operation, () =>
        this.db.selectFrom('findings').selectAll().where('snapshot_id', '=', id).where('seq', '>', after).orderBy('seq').limit(this.sqlBackend.pageRows).execute(),
      )
      for (const row of rows) findings.push(decodeFinding(row, intern))
      const last = rows.at(-1)
      if (last === undefined || rows.length < this.sqlBackend.pageRows) return findings
      after = Number(last.seq)
    }
  }

  async loadRecords(id: string, kind: RecordKind): Promise<SnapshotRecordInput[]> {
    const operation = `load ${kind} records of snapshot ${id}`
    if (!(await this.isComplete(id, operation))) return []
    const rows = await this.guard(operation, () =>
      this.db
        .selectFrom('records')
        .selectAll()
        .where('snapshot_id', '=', id)
        .where('kind', '=', kind)
        .orderBy('seq')
        .execute(),
    )
    return rows.map(decodeRecord)
  }

  async loadIssues(id: string): Promise<ScanIssue[]> {
    const operation = `load issues of snapshot ${id}`
    if (!(await this.isComplete(id, operation))) return []
    const rows = await this.guard(operation, () =>
      this.db.selectFrom('issues').selectAll().where('snapshot_id', '=', id).orderBy('seq').execute(),
    )
    return rows.map(decodeIssue)
  }

  async deleteSnapshot(id: string): Promise<boolean> {
    const operation = `delete snapshot ${id}`
    return this.inWriteTransaction(operation, async (conn) => {
      const found = await this.guard(operation, () =>
        conn.selectFrom('snapshots').select('status').where('id', '=', id).executeTakeFirst(),
      )
      if (found === undefined) return false
      for (const table of SNAPSHOT_CONTENT_TABLES) {
        await this.guard(operation, () => conn.deleteFrom(table).where('snapshot_id', '=', id).execute())
      }
      await this.guard(operation, () => conn.deleteFrom('snapshots').where('id', '=', id).execute())
      return found.status === 'complete'
    })
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.sqlBackend.beforeClose(this.db).catch(() => undefined)
    await this.db.destroy()
  }

  private async isComplete(id: string, operation: string): Promise<boolean> {
    const row = await this.guard(operation, () =>
      this.db
        .selectFrom('snapshots')
        .select('id')
        .where('id', '=', id)
        .where('status', '=', 'complete')
        .executeTakeFirst(),
    )
    return row !== undefined
  }

  /** Runs a driver call; its failure becomes SKY_STORE_FAILURE naming this store and the operation. */
  private async guard<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      throw storeFailure(this.location, operation, error)
    }
  }

  /**
   * One transaction on one reserved connection. Errors thrown by `work` (including those of the caller's
   * iterables) roll back and propagate unchanged; failures to get a connection become SKY_STORE_FAILURE.
   */
  private async inWriteTransaction<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    const fromWork: { error?: unknown } = {}
    try {
      return await this.db.connection().execute(async (conn) => {
        await this.guard(operation, () => this.sqlBackend.begin(conn))
        try {
          const result = await work(conn)
          await this.guard(operation, () => sql`commit`.execute(conn))
          return result
        } catch (error) {
          fromWork.error = error
          await sql`rollback`.execute(conn).catch(() => undefined)
          throw error
        }
      })
    } catch (error) {
      if ('error' in fromWork && fromWork.error === error) throw error
      throw storeFailure(this.location, operation, error)
    }
  }
}
