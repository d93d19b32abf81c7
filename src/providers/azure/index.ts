/** @module Input formats read by the azure provider, and the kinds it emits. */
import type { FormatAdapter } from '../../formats/format-adapter.js'
import { resourceGraphFormat } from './arg-format.js'

export { AZURE_KINDS } from './azure-kinds.js'
export type { AzureKind } from './azure-kinds.js'
export { azurePrincipalNodeId, azureRoleDefinitionNodeId } from './azure-ids.js'

export const AZURE_FORMATS: readonly FormatAdapter[] = [resourceGraphFormat]
