/**
 * @module Azure node ids beyond ARM ids. The builders live in ../ids.ts with every other provider's, so
 * Terraform, the permission analyses and Entra exports build the same ids; re-exported here for callers
 * that import them from the Azure adapter.
 */
export { azurePrincipalNodeId, azureRoleDefinitionNodeId } from '../ids.js'
