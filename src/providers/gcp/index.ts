/** @module Input formats read by the gcp provider, and the kinds it emits. */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { cloudAssetInventoryFormat } from './cai-format.js'

export { GCP_KINDS } from './gcp-kinds.js'
export type { GcpKind } from './gcp-kinds.js'
export { gcpServiceAccountNodeId } from './gcp-names.js'

export const GCP_FORMATS: readonly FormatAdapter[] = [cloudAssetInventoryFormat]
