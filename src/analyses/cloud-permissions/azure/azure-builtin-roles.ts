/**
 * @module The Azure built-in roles that matter for attacks, as data, for exports that hold role
 * assignments without the role definitions (ARG `authorizationresources` filtered to assignments,
 * Terraform `role_definition_name`). GUIDs are public and fixed across tenants (Microsoft Learn,
 * "Azure built-in roles"); action lists are abridged to the operations that change what an attacker
 * can do, never widened. A definition read from the input always wins over this table.
 */
import type { AzureRole } from './azure-role.js'

interface BuiltinRole {
  readonly guid: string
  readonly name: string
  readonly actions: readonly string[]
  readonly notActions?: readonly string[]
  readonly dataActions?: readonly string[]
  readonly notDataActions?: readonly string[]
}

const KV_READ = ['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/read']
const BLOB = 'Microsoft.Storage/storageAccounts/blobServices'

const ROLES: readonly BuiltinRole[] = [
  { guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', name: 'Owner', actions: ['*'] },
  {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    name: 'Contributor',
    actions: ['*'],
    notActions: [
      'Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action',
      'Microsoft.Blueprint/blueprintAssignments/write', 'Microsoft.Blueprint/blueprintAssignments/delete',
      'Microsoft.Compute/galleries/share/action', 'Microsoft.Purview/consents/write', 'Microsoft.Purview/consents/delete',
    ],
  },
  { guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', name: 'Reader', actions: ['*/read'] },
  { guid: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', name: 'User Access Administrator', actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'] },
  {
    guid: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    name: 'Role Based Access Control Administrator',
    actions: ['Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleAssignments/delete', '*/read', 'Microsoft.Support/*'],
  },
  { guid: '43d0d8ad-25c7-4714-9337-8ba259a9fe05', name: 'Monitoring Reader', actions: ['*/read', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.Support/*'] },
  { guid: '00482a5a-887f-4fb3-b363-3b7fe8e74483', name: 'Key Vault Administrator', actions: [...KV_READ, 'Microsoft.Support/*'], dataActions: ['Microsoft.KeyVault/vaults/*'] },
  { guid: '21090545-7ca7-4776-b22c-e363652d74d2', name: 'Key Vault Reader', actions: KV_READ, dataActions: ['Microsoft.KeyVault/vaults/*/read', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'] },
  { guid: '4633458b-17de-408a-b874-0445c86b69e6', name: 'Key Vault Secrets User', actions: [], dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'] },
  { guid: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7', name: 'Key Vault Secrets Officer', actions: KV_READ, dataActions: ['Microsoft.KeyVault/vaults/secrets/*'] },
  {
    guid: '12338af0-0e69-4776-bea7-57ae8d297424',
    name: 'Key Vault Crypto User',
    actions: [],
    dataActions: [
      'Microsoft.KeyVault/vaults/keys/read', 'Microsoft.KeyVault/vaults/keys/encrypt/action', 'Microsoft.KeyVault/vaults/keys/decrypt/action',
      'Microsoft.KeyVault/vaults/keys/wrap/action', 'Microsoft.KeyVault/vaults/keys/unwrap/action', 'Microsoft.KeyVault/vaults/keys/sign/action',
    ],
  },
  { guid: '14b46e9e-c2b7-41b4-b07b-48a6ebf60603', name: 'Key Vault Crypto Officer', actions: KV_READ, dataActions: ['Microsoft.KeyVault/vaults/keys/*'] },
  {
    guid: 'f25e0fa2-a7c8-4377-a976-54943a77a395',
    name: 'Key Vault Contributor',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.KeyVault/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
    notActions: ['Microsoft.KeyVault/locations/deletedVaults/purge/action', 'Microsoft.KeyVault/hsmPools/*', 'Microsoft.KeyVault/managedHsms/*'],
  },
  { guid: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', name: 'Storage Blob Data Reader', actions: [`${BLOB}/containers/read`, `${BLOB}/generateUserDelegationKey/action`], dataActions: [`${BLOB}/containers/blobs/read`] },
  {
    guid: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    name: 'Storage Blob Data Contributor',
    actions: [`${BLOB}/containers/delete`, `${BLOB}/containers/read`, `${BLOB}/containers/write`, `${BLOB}/generateUserDelegationKey/action`],
    dataActions: [`${BLOB}/containers/blobs/delete`, `${BLOB}/containers/blobs/read`, `${BLOB}/containers/blobs/write`, `${BLOB}/containers/blobs/move/action`, `${BLOB}/containers/blobs/add/action`],
  },
  { guid: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', name: 'Storage Blob Data Owner', actions: [`${BLOB}/containers/*`, `${BLOB}/generateUserDelegationKey/action`], dataActions: [`${BLOB}/containers/blobs/*`] },
  {
    guid: '17d1049b-9a84-46fb-8f53-869881c3d3ab',
    name: 'Storage Account Contributor',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.Insights/diagnosticSettings/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Storage/storageAccounts/*', 'Microsoft.Support/*'],
  },
  {
    guid: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
    name: 'Virtual Machine Contributor',
    actions: [
      'Microsoft.Authorization/*/read', 'Microsoft.Compute/availabilitySets/*', 'Microsoft.Compute/locations/*', 'Microsoft.Compute/virtualMachines/*',
      'Microsoft.Compute/virtualMachineScaleSets/*', 'Microsoft.Compute/disks/write', 'Microsoft.Compute/disks/read', 'Microsoft.Network/networkInterfaces/*',
      'Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/virtualNetworks/subnets/join/action',
      'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.Storage/storageAccounts/listKeys/action',
      'Microsoft.Storage/storageAccounts/read', 'Microsoft.Support/*',
    ],
  },
  {
    guid: '1c0163c0-47e6-4577-8991-ea5c82e286e4',
    name: 'Virtual Machine Administrator Login',
    actions: ['Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/loadBalancers/read', 'Microsoft.Network/networkInterfaces/read', 'Microsoft.Compute/virtualMachines/*/read'],
    dataActions: ['Microsoft.Compute/virtualMachines/login/action', 'Microsoft.Compute/virtualMachines/loginAsAdmin/action'],
  },
  {
    guid: 'fb879df8-f326-4884-b1cf-06f3ad86be52',
    name: 'Virtual Machine User Login',
    actions: ['Microsoft.Network/publicIPAddresses/read', 'Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/loadBalancers/read', 'Microsoft.Network/networkInterfaces/read', 'Microsoft.Compute/virtualMachines/*/read'],
    dataActions: ['Microsoft.Compute/virtualMachines/login/action'],
  },
  {
    guid: '0ab0b1a8-8aac-4efd-b8c2-3ee1fb270be8',
    name: 'Azure Kubernetes Service Cluster Admin Role',
    actions: ['Microsoft.ContainerService/managedClusters/listClusterAdminCredential/action', 'Microsoft.ContainerService/managedClusters/accessProfiles/listCredential/action', 'Microsoft.ContainerService/managedClusters/read', 'Microsoft.ContainerService/managedClusters/runcommand/action'],
  },
  { guid: '4abbcc35-e782-43d8-92c5-2d3f1bd2253f', name: 'Azure Kubernetes Service Cluster User Role', actions: ['Microsoft.ContainerService/managedClusters/listClusterUserCredential/action', 'Microsoft.ContainerService/managedClusters/read'] },
  {
    guid: 'b1ff04bb-8a4e-4dc4-8eb5-8693973ce19b',
    name: 'Azure Kubernetes Service RBAC Cluster Admin',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action'],
    dataActions: ['Microsoft.ContainerService/managedClusters/*'],
  },
  {
    guid: '3498e952-d568-435e-9b2c-8d77e338d7f7',
    name: 'Azure Kubernetes Service RBAC Admin',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/resourceGroups/read', 'Microsoft.ContainerService/managedClusters/listClusterUserCredential/action'],
    dataActions: ['Microsoft.ContainerService/managedClusters/*'],
    notDataActions: ['Microsoft.ContainerService/managedClusters/resourcequotas/write', 'Microsoft.ContainerService/managedClusters/resourcequotas/delete', 'Microsoft.ContainerService/managedClusters/namespaces/write', 'Microsoft.ContainerService/managedClusters/namespaces/delete'],
  },
  { guid: 'ed7f3fbd-7b88-4dd4-9017-9adb7ce333f8', name: 'Azure Kubernetes Service Contributor Role', actions: ['Microsoft.ContainerService/managedClusters/read', 'Microsoft.ContainerService/managedClusters/write', 'Microsoft.Resources/deployments/*'] },
  {
    guid: 'f1a07417-d97a-45cb-824c-7a7467783830',
    name: 'Managed Identity Operator',
    actions: ['Microsoft.ManagedIdentity/userAssignedIdentities/*/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/*/assign/action', 'Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
  },
  {
    guid: 'e40ec5ca-96e0-45a2-b4ff-59039f2c2b59',
    name: 'Managed Identity Contributor',
    actions: [
      'Microsoft.ManagedIdentity/userAssignedIdentities/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/write', 'Microsoft.ManagedIdentity/userAssignedIdentities/delete',
      'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write',
      'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete', 'Microsoft.Authorization/*/read', 'Microsoft.Resources/subscriptions/resourceGroups/read',
    ],
  },
  { guid: '7f951dda-4ed3-4680-a7ca-43fe172d538d', name: 'AcrPull', actions: ['Microsoft.ContainerRegistry/registries/pull/read'] },
  { guid: '8311e382-0749-4cb8-b61a-304f252e45ec', name: 'AcrPush', actions: ['Microsoft.ContainerRegistry/registries/pull/read', 'Microsoft.ContainerRegistry/registries/push/write'] },
  {
    guid: 'de139f84-1756-47ae-9be6-808fbbe84772',
    name: 'Website Contributor',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.Web/certificates/*', 'Microsoft.Web/listSitesAssignedToHostName/read', 'Microsoft.Web/serverFarms/join/action', 'Microsoft.Web/serverFarms/read', 'Microsoft.Web/sites/*', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
  },
  {
    guid: '6d8ee4ec-f05a-4a1d-8b00-a9b17e38b437',
    name: 'SQL Server Contributor',
    actions: ['Microsoft.Authorization/*/read', 'Microsoft.Sql/servers/*', 'Microsoft.Sql/locations/*/read', 'Microsoft.Resources/deployments/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
    notActions: ['Microsoft.Sql/servers/azureADOnlyAuthentications/delete', 'Microsoft.Sql/servers/azureADOnlyAuthentications/write', 'Microsoft.Sql/servers/externalPolicyBasedAuthorizations/delete', 'Microsoft.Sql/servers/externalPolicyBasedAuthorizations/write'],
  },
  {
    guid: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd',
    name: 'Cognitive Services OpenAI User',
    actions: ['Microsoft.CognitiveServices/*/read', 'Microsoft.Authorization/roleAssignments/read', 'Microsoft.Authorization/roleDefinitions/read'],
    dataActions: ['Microsoft.CognitiveServices/accounts/OpenAI/*/read', 'Microsoft.CognitiveServices/accounts/OpenAI/engines/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/embeddings/action'],
  },
  {
    guid: 'a001fd3d-188f-4b5d-821b-7da978bf7442',
    name: 'Cognitive Services OpenAI Contributor',
    actions: ['Microsoft.CognitiveServices/*/read', 'Microsoft.CognitiveServices/accounts/deployments/write', 'Microsoft.CognitiveServices/accounts/deployments/delete', 'Microsoft.Authorization/roleAssignments/read', 'Microsoft.Authorization/roleDefinitions/read'],
    dataActions: ['Microsoft.CognitiveServices/accounts/OpenAI/*'],
  },
]

const toRole = (r: BuiltinRole): AzureRole => ({
  key: `builtin:${r.guid}`,
  name: r.name,
  blocks: [{ actions: r.actions, notActions: r.notActions ?? [], dataActions: r.dataActions ?? [], notDataActions: r.notDataActions ?? [] }],
})

const BY_GUID = new Map(ROLES.map((r) => [r.guid, toRole(r)]))
const BY_NAME = new Map(ROLES.map((r) => [r.name.toLowerCase(), toRole(r)]))

export const builtinRoleByGuid = (guid: string): AzureRole | undefined => BY_GUID.get(guid.toLowerCase())
export const builtinRoleByName = (name: string): AzureRole | undefined => BY_NAME.get(name.trim().toLowerCase())
