/** @module The contract of a per-asset-type mapper and the table entry that names its kind. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { AssetSink } from './asset-sink.js'
import type { CaiAsset } from './cai-asset.js'
import type { GcpKind } from './gcp-kinds.js'
import type { SecretFinding } from './secret-scan.js'

export interface AssetContext {
  readonly asset: CaiAsset
  /** The node id (the CAI name, except for service accounts and their keys). */
  readonly id: string
  readonly data: JsonObject
  /** Project node id (by number), '' for organizations and folders. */
  readonly scope: string
  /** Project id from the resource name, used for self-links and service-account ids. */
  readonly projectId: string | undefined
  readonly region: string | undefined
  /** Project number from `ancestors`, used for default service accounts. */
  readonly projectNumber: string | undefined
  readonly out: AssetSink
  /** Plaintext credentials found while mapping; they become one `has-plaintext-secret` insight. */
  readonly secrets: SecretFinding[]
}

/** Returns the normalized props of the asset's node; emits related nodes and edges through `ctx.out`. */
export type AssetMapper = (ctx: AssetContext) => JsonObject

export interface AssetSpec {
  readonly kind: GcpKind | ((asset: CaiAsset) => GcpKind)
  readonly map?: AssetMapper
  /** Node id other than the CAI name. */
  readonly idOf?: (asset: CaiAsset, out: AssetSink) => string | undefined
  /** Containing node other than `resource.parent` / the nearest ancestor. */
  readonly parentOf?: (asset: CaiAsset, out: AssetSink) => string | undefined
  readonly nameOf?: (asset: CaiAsset) => string | undefined
  /** Other ids of the node (NodeInput.aliases): a service account keyed by email is also its numeric CAI name. */
  readonly aliasesOf?: (asset: CaiAsset, id: string) => readonly string[]
  /** `props.config` without secret values (instance metadata, environment variables). */
  readonly config?: (data: JsonObject) => JsonValue
}
