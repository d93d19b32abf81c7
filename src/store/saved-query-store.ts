/**
 * @module Saved explorer queries: a name, an owner, the query AST (JSON, as `src/query` validates it)
 * and its canonical text. They outlive snapshots. The store keeps the JSON as given; callers validate it
 * on the way in and out, so a query saved by an older Skyhound is re-checked when it is run.
 */
import type { JsonObject } from '../model/graph-types.js'

export interface SavedQueryRecord {
  /** Unique; what `skyhound explore --saved <name>` names. */
  readonly name: string
  readonly owner: string
  readonly description: string
  /** The query AST as JSON (`{ type: 'securitygraphquery', version, properties }`). */
  readonly query: JsonObject
  /** Its canonical text, for listing and editing. */
  readonly text: string
  readonly createdAt: string
  readonly updatedAt: string
}

export interface SavedQueryStore {
  /**
   * Saves a query under its name. An existing name fails with SKY_STORE_FAILURE unless `replace`, which
   * keeps the original `createdAt`.
   */
  saveQuery(record: SavedQueryRecord, options?: { readonly replace?: boolean }): Promise<void>
  getQuery(name: string): Promise<SavedQueryRecord | undefined>
  /** By name; only one owner's when `owner` is given. */
  listQueries(options?: { readonly owner?: string }): Promise<SavedQueryRecord[]>
  /** True when a query was deleted. */
  deleteQuery(name: string): Promise<boolean>
}
