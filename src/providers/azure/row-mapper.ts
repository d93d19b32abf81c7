/** @module The contract of a per-type mapper and the table entry that names its kind. */
import type { JsonObject } from '../../model/graph-types.js'
import type { ArmRow } from './arm-row.js'
import type { AzureKind } from './azure-kinds.js'
import type { RowSink } from './row-sink.js'

/** Returns the normalized props of the row's node; emits related nodes and edges through `out`. */
export type RowMapper = (row: ArmRow, out: RowSink) => JsonObject

export interface TypeSpec {
  readonly kind: AzureKind | ((row: ArmRow) => AzureKind)
  readonly map?: RowMapper
  /** Display name other than the row `name` (role definitions: `roleName`, not the GUID). */
  readonly nameOf?: (row: ArmRow) => string | undefined
  /** Node id other than the row id (role definitions are keyed by GUID). */
  readonly idOf?: (row: ArmRow) => string
  /** Other ids of the node (NodeInput.aliases): a managed identity is also its principal's object id. */
  readonly aliasesOf?: (row: ArmRow) => readonly string[]
  /** The node waits for the end of the file (role assignments, joined to principals). */
  readonly deferred?: boolean
  /** The row only adds facts to its parent node (App Service auth settings) and has no node itself. */
  readonly intoParent?: boolean
}
