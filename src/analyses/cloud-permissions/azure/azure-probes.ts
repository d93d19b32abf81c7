/**
 * @module Operations tested against a role to decide what it grants on one resource type. Roles are
 * wildcard lists, so "what does Contributor allow on a key vault" is answered by testing the operations
 * an attacker cares about (read data, read keys, run code, change access) rather than by string
 * matching role names. Each probe says the level it proves and, for some, the identity hop it opens.
 */
import type { Level } from '../derivation-sink.js'

export type Hop =
  /** Code execution on a compute resource: its managed identities become reachable. */
  | 'run-as-identity'
  /** Adding a federated credential to a user-assigned identity: the identity itself. */
  | 'federated-credential'
  /** Admin kubeconfig of an AKS cluster: the Kubernetes cluster it hosts. */
  | 'cluster-admin'

export interface Probe {
  readonly op: string
  readonly level: Level
  readonly data?: boolean
  readonly hop?: Hop
}

export const ROLE_ASSIGNMENT_WRITE = 'Microsoft.Authorization/roleAssignments/write'
const ADMIN: Probe = { op: ROLE_ASSIGNMENT_WRITE, level: 'admin' }

const BLOBS = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs'
const CLUSTER = 'Microsoft.ContainerService/managedClusters'

const BY_TYPE: Readonly<Record<string, readonly Probe[]>> = {
  'microsoft.storage/storageaccounts': [
    { op: 'Microsoft.Storage/storageAccounts/read', level: 'read' },
    // Account keys open every blob, file, queue and table: full data access.
    { op: 'Microsoft.Storage/storageAccounts/listKeys/action', level: 'write' },
    { op: 'Microsoft.Storage/storageAccounts/write', level: 'write' },
    { op: `${BLOBS}/read`, level: 'read', data: true },
    { op: `${BLOBS}/write`, level: 'write', data: true },
    { op: 'Microsoft.Storage/storageAccounts/fileServices/fileshares/files/read', level: 'read', data: true },
    { op: 'Microsoft.Storage/storageAccounts/queueServices/queues/messages/read', level: 'read', data: true },
    { op: 'Microsoft.Storage/storageAccounts/tableServices/tables/entities/read', level: 'read', data: true },
  ],
  'microsoft.storage/storageaccounts/blobservices/containers': [
    { op: 'Microsoft.Storage/storageAccounts/blobServices/containers/read', level: 'read' },
    { op: 'Microsoft.Storage/storageAccounts/blobServices/containers/write', level: 'write' },
    { op: `${BLOBS}/read`, level: 'read', data: true },
    { op: `${BLOBS}/write`, level: 'write', data: true },
  ],
  'microsoft.keyvault/vaults': [
    { op: 'Microsoft.KeyVault/vaults/read', level: 'read' },
    // On an access-policy vault, writing the vault or its policies grants oneself the secrets.
    { op: 'Microsoft.KeyVault/vaults/write', level: 'write' },
    { op: 'Microsoft.KeyVault/vaults/accessPolicies/write', level: 'write' },
    { op: 'Microsoft.KeyVault/vaults/secrets/getSecret/action', level: 'read', data: true },
    { op: 'Microsoft.KeyVault/vaults/secrets/setSecret/action', level: 'write', data: true },
    { op: 'Microsoft.KeyVault/vaults/keys/decrypt/action', level: 'read', data: true },
    { op: 'Microsoft.KeyVault/vaults/keys/sign/action', level: 'read', data: true },
    { op: 'Microsoft.KeyVault/vaults/certificates/read', level: 'read', data: true },
  ],
  'microsoft.compute/virtualmachines': [
    { op: 'Microsoft.Compute/virtualMachines/read', level: 'read' },
    { op: 'Microsoft.Compute/virtualMachines/write', level: 'write' },
    { op: 'Microsoft.Compute/virtualMachines/runCommand/action', level: 'write', hop: 'run-as-identity' },
    { op: 'Microsoft.Compute/virtualMachines/extensions/write', level: 'write', hop: 'run-as-identity' },
    { op: 'Microsoft.Compute/virtualMachines/login/action', level: 'read', data: true },
    { op: 'Microsoft.Compute/virtualMachines/loginAsAdmin/action', level: 'write', data: true, hop: 'run-as-identity' },
  ],
  'microsoft.compute/virtualmachinescalesets': [
    { op: 'Microsoft.Compute/virtualMachineScaleSets/read', level: 'read' },
    { op: 'Microsoft.Compute/virtualMachineScaleSets/write', level: 'write' },
    { op: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines/runCommand/action', level: 'write', hop: 'run-as-identity' },
    { op: 'Microsoft.Compute/virtualMachineScaleSets/extensions/write', level: 'write', hop: 'run-as-identity' },
  ],
  'microsoft.containerservice/managedclusters': [
    { op: `${CLUSTER}/read`, level: 'read' },
    { op: `${CLUSTER}/listClusterUserCredential/action`, level: 'read' },
    { op: `${CLUSTER}/write`, level: 'write' },
    { op: `${CLUSTER}/listClusterAdminCredential/action`, level: 'admin', hop: 'cluster-admin' },
    { op: `${CLUSTER}/runcommand/action`, level: 'admin', hop: 'cluster-admin' },
    { op: `${CLUSTER}/secrets/read`, level: 'read', data: true },
    { op: `${CLUSTER}/pods/exec/action`, level: 'write', data: true },
    { op: `${CLUSTER}/rbac.authorization.k8s.io/clusterrolebindings/write`, level: 'admin', data: true, hop: 'cluster-admin' },
  ],
  'microsoft.managedidentity/userassignedidentities': [
    { op: 'Microsoft.ManagedIdentity/userAssignedIdentities/read', level: 'read' },
    { op: 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action', level: 'write' },
    { op: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write', level: 'write', hop: 'federated-credential' },
  ],
  'microsoft.web/sites': [
    { op: 'Microsoft.Web/sites/read', level: 'read' },
    // App settings hold connection strings and keys.
    { op: 'Microsoft.Web/sites/config/list/action', level: 'read' },
    { op: 'Microsoft.Web/sites/write', level: 'write', hop: 'run-as-identity' },
    { op: 'Microsoft.Web/sites/publishxml/action', level: 'write', hop: 'run-as-identity' },
  ],
  'microsoft.app/containerapps': [
    { op: 'Microsoft.App/containerApps/read', level: 'read' },
    { op: 'Microsoft.App/containerApps/write', level: 'write', hop: 'run-as-identity' },
    { op: 'Microsoft.App/containerApps/listSecrets/action', level: 'read' },
  ],
  'microsoft.containerregistry/registries': [
    { op: 'Microsoft.ContainerRegistry/registries/read', level: 'read' },
    { op: 'Microsoft.ContainerRegistry/registries/pull/read', level: 'read' },
    { op: 'Microsoft.ContainerRegistry/registries/push/write', level: 'write' },
    { op: 'Microsoft.ContainerRegistry/registries/listCredentials/action', level: 'write' },
  ],
  'microsoft.documentdb/databaseaccounts': [
    { op: 'Microsoft.DocumentDB/databaseAccounts/read', level: 'read' },
    { op: 'Microsoft.DocumentDB/databaseAccounts/readonlykeys/action', level: 'read' },
    { op: 'Microsoft.DocumentDB/databaseAccounts/listKeys/action', level: 'write' },
    { op: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read', level: 'read', data: true },
  ],
  'microsoft.cognitiveservices/accounts': [
    { op: 'Microsoft.CognitiveServices/accounts/read', level: 'read' },
    { op: 'Microsoft.CognitiveServices/accounts/listKeys/action', level: 'write' },
    { op: 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action', level: 'read', data: true },
    { op: 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/read', level: 'read', data: true },
  ],
}

/** Management groups, subscriptions and resource groups: read, broad write, role assignment. */
const CONTAINER_PROBES = (readOp: string): readonly Probe[] => [
  { op: readOp, level: 'read' },
  { op: 'Microsoft.Resources/deployments/write', level: 'write' },
  { op: 'Microsoft.Compute/virtualMachines/write', level: 'write' },
  { op: 'Microsoft.Compute/virtualMachines/runCommand/action', level: 'write' },
  { op: 'Microsoft.KeyVault/vaults/write', level: 'write' },
  { op: 'Microsoft.Storage/storageAccounts/listKeys/action', level: 'write' },
  { op: 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action', level: 'write' },
  ADMIN,
]

const CONTAINERS: Readonly<Record<string, readonly Probe[]>> = {
  'microsoft.management/managementgroups': CONTAINER_PROBES('Microsoft.Management/managementGroups/read'),
  'microsoft.resources/subscriptions': CONTAINER_PROBES('Microsoft.Resources/subscriptions/read'),
  'microsoft.resources/subscriptions/resourcegroups': CONTAINER_PROBES('Microsoft.Resources/subscriptions/resourceGroups/read'),
}

const cache = new Map<string, readonly Probe[]>()

/** Probes for an ARM type (lowercase): the typed list or the generic read/write/delete, plus role assignment. */
export function probesFor(armType: string): readonly Probe[] {
  const type = armType.toLowerCase()
  let probes = cache.get(type)
  if (probes === undefined) {
    probes = CONTAINERS[type] ?? [
      ...(BY_TYPE[type] ?? [
        { op: `${type}/read`, level: 'read' },
        { op: `${type}/write`, level: 'write' },
        { op: `${type}/delete`, level: 'write' },
      ]),
      ADMIN,
    ]
    cache.set(type, probes)
  }
  return probes
}

export const isContainerType = (armType: string): boolean => CONTAINERS[armType.toLowerCase()] !== undefined

/** ARM type of a container node the adapter emits without `armType` (placeholders). */
export const CONTAINER_TYPE_OF_KIND: Readonly<Record<string, string>> = {
  'azure.management.managementgroup': 'microsoft.management/managementgroups',
  'azure.resources.subscription': 'microsoft.resources/subscriptions',
  'azure.resources.resourcegroup': 'microsoft.resources/subscriptions/resourcegroups',
}
