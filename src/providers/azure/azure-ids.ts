/**
 * @module Node ids the Azure adapter needs beyond ids.ts, kept in one place so other adapters
 * (Entra exports, Terraform, the permission analysis) can build the same ids.
 */
import { trailingSegment } from './arm-id.js'

/**
 * Entra principals known only by object id (ARG carries no principal names, formats.md §A2), and
 * system-assigned identities, whose only stable handle is their principal id: keyed
 * `azure-principal://<objectId>`, so role assignments in another file land on the same node.
 */
export const azurePrincipalNodeId = (objectId: string): string => `azure-principal://${objectId.trim().toLowerCase()}`

/**
 * Role definitions keyed by GUID at tenant level. Assignments name them subscription-scoped
 * (`/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/<guid>`) while built-in rows
 * say `/providers/Microsoft.Authorization/RoleDefinitions/<guid>`; the GUID is unique in a tenant,
 * so both resolve to one node whatever the casing or the file.
 */
export const azureRoleDefinitionNodeId = (idOrGuid: string): string =>
  `/providers/microsoft.authorization/roledefinitions/${trailingSegment(idOrGuid)}`
