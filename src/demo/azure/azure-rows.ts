/**
 * @module Azure Resource Graph rows (full `Resources`-table shape, formats.md §A2) and the row builders of the
 * resource types the demo uses. `type` and `resourceGroup` are lowercased as ARG returns them; ids keep the
 * casing ARM stored, so readers must compare them case-insensitively.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { armId, AZURE_TENANT } from '../demo-company.js'
import type { DemoClock } from '../demo-company.js'

export type Tags = Readonly<Record<string, string>>

export interface RowInput {
  readonly subscriptionId: string
  readonly resourceGroup: string
  /** ARM type, e.g. `Microsoft.Compute/virtualMachines`; child types name every segment. */
  readonly type: string
  /** Name segments for child types (`account`, `default`, `container`); one for top-level resources. */
  readonly names: readonly string[]
  readonly location: string
  readonly properties: JsonObject
  readonly tags?: Tags
  readonly kind?: string
  readonly sku?: JsonObject
  readonly identity?: JsonObject
  readonly zones?: readonly string[]
  readonly managedBy?: string
}

/** ARM id of a (possibly child) resource: `Microsoft.Storage/storageAccounts/x/blobServices/default/…`. */
export function resourceId(subscriptionId: string, resourceGroup: string, type: string, names: readonly string[]): string {
  const [namespace, ...types] = type.split('/')
  const segments: string[] = []
  types.forEach((t, i) => segments.push(t, names[i] ?? ''))
  return armId(subscriptionId, resourceGroup, namespace!, ...segments)
}

export function argRow(input: RowInput): JsonObject {
  const id = resourceId(input.subscriptionId, input.resourceGroup, input.type, input.names)
  return {
    id,
    name: input.names.length > 1 ? input.names.join('/') : (input.names[0] ?? ''),
    type: input.type.toLowerCase(),
    tenantId: AZURE_TENANT,
    kind: input.kind ?? '',
    location: input.location,
    resourceGroup: input.resourceGroup.toLowerCase(),
    subscriptionId: input.subscriptionId,
    managedBy: input.managedBy ?? '',
    sku: input.sku ?? null,
    plan: null,
    properties: input.properties,
    tags: input.tags ? { ...input.tags } : {},
    identity: input.identity ?? null,
    zones: input.zones ? [...input.zones] : null,
    extendedLocation: null,
  }
}

export const userAssignedIdentity = (ids: readonly { id: string; principalId: string; clientId: string }[]): JsonObject => {
  const map: Record<string, JsonValue> = {}
  for (const mi of ids) map[mi.id] = { principalId: mi.principalId, clientId: mi.clientId }
  return { type: 'UserAssigned', userAssignedIdentities: map }
}

/** Built-in role definitions the demo assigns (real GUIDs; permissions abridged to what matters). */
export const ROLE_DEFINITIONS = {
  Owner: { guid: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.', actions: ['*'], notActions: [], dataActions: [] },
  Contributor: {
    guid: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    description: 'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.',
    actions: ['*'],
    notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action', 'Microsoft.Blueprint/blueprintAssignments/write', 'Microsoft.Blueprint/blueprintAssignments/delete', 'Microsoft.Compute/galleries/share/action'],
    dataActions: [],
  },
  Reader: { guid: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', description: 'View all resources, but does not allow you to make any changes.', actions: ['*/read'], notActions: [], dataActions: [] },
  'Monitoring Reader': { guid: '43d0d8ad-25c7-4714-9337-8ba259a9fe05', description: 'Can read all monitoring data.', actions: ['*/read', 'Microsoft.OperationalInsights/workspaces/search/action', 'Microsoft.Support/*'], notActions: [], dataActions: [] },
  'Key Vault Secrets User': {
    guid: '4633458b-17de-408a-b874-0445c86b69e6',
    description: 'Read secret contents. Only works for key vaults that use the Azure role-based access control permission model.',
    actions: [],
    notActions: [],
    dataActions: ['Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'],
  },
  'Storage Blob Data Reader': {
    guid: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
    description: 'Read and list Azure Storage containers and blobs.',
    actions: ['Microsoft.Storage/storageAccounts/blobServices/containers/read', 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'],
    notActions: [],
    dataActions: ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'],
  },
  'Cognitive Services OpenAI User': {
    guid: '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd',
    description: 'Read access to view files, models, deployments. The ability to create completion and embedding calls.',
    actions: ['Microsoft.CognitiveServices/*/read', 'Microsoft.Authorization/roleAssignments/read', 'Microsoft.Authorization/roleDefinitions/read'],
    notActions: [],
    dataActions: ['Microsoft.CognitiveServices/accounts/OpenAI/*/read', 'Microsoft.CognitiveServices/accounts/OpenAI/engines/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/chat/completions/action', 'Microsoft.CognitiveServices/accounts/OpenAI/deployments/embeddings/action'],
  },
} as const
export type RoleName = keyof typeof ROLE_DEFINITIONS

export function roleDefinitionRow(name: RoleName): JsonObject {
  const def = ROLE_DEFINITIONS[name]
  return {
    id: `/providers/Microsoft.Authorization/RoleDefinitions/${def.guid}`,
    name: def.guid,
    type: 'microsoft.authorization/roledefinitions',
    tenantId: AZURE_TENANT,
    kind: '',
    location: '',
    resourceGroup: '',
    subscriptionId: '',
    managedBy: '',
    sku: null,
    plan: null,
    properties: {
      roleName: name,
      type: 'BuiltInRole',
      description: def.description,
      assignableScopes: ['/'],
      permissions: [{ actions: [...def.actions], notActions: [...def.notActions], dataActions: [...def.dataActions], notDataActions: [] }],
      createdOn: '2015-02-02T21:55:09.8806423Z',
      updatedOn: '2024-01-12T16:40:00.0000000Z',
    },
    tags: null,
    identity: null,
    zones: null,
    extendedLocation: null,
  }
}

export interface AssignmentInput {
  readonly guid: string
  readonly subscriptionId: string
  /** ARM id of the scope (subscription, resource group or resource). */
  readonly scope: string
  readonly role: RoleName
  readonly principalId: string
  readonly principalType: 'User' | 'Group' | 'ServicePrincipal'
}

export function roleAssignmentRow(clock: DemoClock, input: AssignmentInput): JsonObject {
  const rg = /\/resourceGroups\/([^/]+)/i.exec(input.scope)?.[1] ?? ''
  return {
    id: `${input.scope}/providers/Microsoft.Authorization/roleAssignments/${input.guid}`,
    name: input.guid,
    type: 'microsoft.authorization/roleassignments',
    tenantId: AZURE_TENANT,
    kind: '',
    location: '',
    resourceGroup: rg.toLowerCase(),
    subscriptionId: input.subscriptionId,
    managedBy: '',
    sku: null,
    plan: null,
    properties: {
      roleDefinitionId: `/subscriptions/${input.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${ROLE_DEFINITIONS[input.role].guid}`,
      principalId: input.principalId,
      principalType: input.principalType,
      scope: input.scope,
      condition: null,
      conditionVersion: null,
      createdOn: clock.daysAgo(200),
      updatedOn: clock.daysAgo(200),
      createdBy: '00000000-0000-4000-8000-0000000000c1',
      updatedBy: '00000000-0000-4000-8000-0000000000c1',
      delegatedManagedIdentityResourceId: null,
      description: null,
    },
    tags: null,
    identity: null,
    zones: null,
    extendedLocation: null,
  }
}

/** A `resourcecontainers` row for a resource group. */
export function resourceGroupRow(subscriptionId: string, name: string, location: string, tags: Tags): JsonObject {
  return {
    id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
    name,
    type: 'microsoft.resources/subscriptions/resourcegroups',
    tenantId: AZURE_TENANT,
    kind: '',
    location,
    resourceGroup: name.toLowerCase(),
    subscriptionId,
    managedBy: '',
    sku: null,
    plan: null,
    properties: { provisioningState: 'Succeeded' },
    tags: { ...tags },
    identity: null,
    zones: null,
    extendedLocation: null,
  }
}

/** A `resourcecontainers` row for a subscription. */
export function subscriptionRow(subscriptionId: string, name: string, tags: Tags): JsonObject {
  return {
    id: `/subscriptions/${subscriptionId}`,
    name,
    type: 'microsoft.resources/subscriptions',
    tenantId: AZURE_TENANT,
    kind: '',
    location: '',
    resourceGroup: '',
    subscriptionId,
    managedBy: '',
    sku: null,
    plan: null,
    properties: {
      state: 'Enabled',
      subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'EnterpriseAgreement_2014-09-01', spendingLimit: 'Off' },
      managementGroupAncestorsChain: [
        { name: 'ridgeline-root', displayName: 'Ridgeline Outfitters' },
        { name: AZURE_TENANT, displayName: 'Tenant Root Group' },
      ],
    },
    tags: { ...tags },
    identity: null,
    zones: null,
    extendedLocation: null,
  }
}
