/** @module Row builders for the Azure resource types of the demo, shared by planted items and filler. */
import type { JsonObject } from '../../model/graph-types.js'
import { AZURE_TENANT } from '../demo-company.js'
import { stableUuid } from '../demo-random.js'
import type { Tags } from './azure-rows.js'
import { argRow, resourceId, userAssignedIdentity } from './azure-rows.js'

export interface Where {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly location: string
}

export const idOf = (where: Where, type: string, ...names: string[]): string => resourceId(where.subscriptionId, where.resourceGroup, type, names)

export interface ManagedIdentity {
  readonly id: string
  readonly name: string
  readonly principalId: string
  readonly clientId: string
  readonly where: Where
}

export function managedIdentity(where: Where, name: string): ManagedIdentity {
  return {
    id: idOf(where, 'Microsoft.ManagedIdentity/userAssignedIdentities', name),
    name,
    principalId: stableUuid(`mi-principal:${where.subscriptionId}:${name}`),
    clientId: stableUuid(`mi-client:${where.subscriptionId}:${name}`),
    where,
  }
}

export function identityRow(mi: ManagedIdentity, tags: Tags): JsonObject {
  return argRow({
    ...mi.where,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    names: [mi.name],
    properties: { tenantId: AZURE_TENANT, principalId: mi.principalId, clientId: mi.clientId },
    tags,
  })
}

export function federatedCredentialRow(mi: ManagedIdentity, name: string, issuer: string, subject: string): JsonObject {
  return argRow({
    ...mi.where,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
    names: [mi.name, name],
    properties: { issuer, subject, audiences: ['api://AzureADTokenExchange'] },
  })
}

export interface NsgRule {
  readonly name: string
  readonly priority: number
  readonly source: string
  readonly ports: string
  readonly protocol?: 'Tcp' | 'Udp' | '*'
  readonly access?: 'Allow' | 'Deny'
}

const DEFAULT_INBOUND = [
  { name: 'AllowVnetInBound', priority: 65000, source: 'VirtualNetwork', destination: 'VirtualNetwork', access: 'Allow' },
  { name: 'AllowAzureLoadBalancerInBound', priority: 65001, source: 'AzureLoadBalancer', destination: '*', access: 'Allow' },
  { name: 'DenyAllInBound', priority: 65500, source: '*', destination: '*', access: 'Deny' },
] as const

export function nsgRow(where: Where, name: string, rules: readonly NsgRule[], attachedNics: readonly string[], tags: Tags): JsonObject {
  const id = idOf(where, 'Microsoft.Network/networkSecurityGroups', name)
  return argRow({
    ...where,
    type: 'Microsoft.Network/networkSecurityGroups',
    names: [name],
    tags,
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: stableUuid(`nsg:${id}`),
      securityRules: rules.map((rule) => ({
        name: rule.name,
        id: `${id}/securityRules/${rule.name}`,
        type: 'Microsoft.Network/networkSecurityGroups/securityRules',
        properties: {
          provisioningState: 'Succeeded',
          protocol: rule.protocol ?? 'Tcp',
          sourcePortRange: '*',
          destinationPortRange: rule.ports,
          sourceAddressPrefix: rule.source,
          destinationAddressPrefix: '*',
          access: rule.access ?? 'Allow',
          priority: rule.priority,
          direction: 'Inbound',
          sourcePortRanges: [],
          destinationPortRanges: [],
          sourceAddressPrefixes: [],
          destinationAddressPrefixes: [],
        },
      })),
      defaultSecurityRules: DEFAULT_INBOUND.map((rule) => ({
        name: rule.name,
        id: `${id}/defaultSecurityRules/${rule.name}`,
        type: 'Microsoft.Network/networkSecurityGroups/defaultSecurityRules',
        properties: {
          description: rule.name,
          protocol: '*',
          sourcePortRange: '*',
          destinationPortRange: '*',
          sourceAddressPrefix: rule.source,
          destinationAddressPrefix: rule.destination,
          access: rule.access,
          priority: rule.priority,
          direction: 'Inbound',
        },
      })),
      networkInterfaces: attachedNics.map((nic) => ({ id: nic })),
    },
  })
}

export interface VnetSpec {
  readonly where: Where
  readonly name: string
  readonly cidr: string
  readonly subnets: readonly { readonly name: string; readonly cidr: string; readonly nsgId?: string }[]
}

export const subnetId = (vnet: VnetSpec, name: string): string => `${idOf(vnet.where, 'Microsoft.Network/virtualNetworks', vnet.name)}/subnets/${name}`

export function vnetRow(vnet: VnetSpec, tags: Tags): JsonObject {
  return argRow({
    ...vnet.where,
    type: 'Microsoft.Network/virtualNetworks',
    names: [vnet.name],
    tags,
    properties: {
      provisioningState: 'Succeeded',
      addressSpace: { addressPrefixes: [vnet.cidr] },
      subnets: vnet.subnets.map((s) => ({
        name: s.name,
        id: subnetId(vnet, s.name),
        properties: { addressPrefix: s.cidr, ...(s.nsgId ? { networkSecurityGroup: { id: s.nsgId } } : {}), privateEndpointNetworkPolicies: 'Disabled' },
      })),
      enableDdosProtection: false,
    },
  })
}

export interface VmSpec {
  readonly where: Where
  readonly name: string
  readonly size: string
  readonly subnetId: string
  readonly privateIp: string
  readonly nsgId?: string
  /** Static public address; the VM is unreachable from outside without one. */
  readonly publicIp?: string
  readonly identities: readonly ManagedIdentity[]
  readonly tags: Tags
  readonly zone?: string
}

export const vmIdOf = (vm: { where: Where; name: string }): string => idOf(vm.where, 'Microsoft.Compute/virtualMachines', vm.name)

/** A VM with its NIC, OS disk and (optionally) public IP: 3 or 4 rows. */
export function vmRows(vm: VmSpec): JsonObject[] {
  const vmId = vmIdOf(vm)
  const nicName = `${vm.name}-nic`
  const nicId = idOf(vm.where, 'Microsoft.Network/networkInterfaces', nicName)
  const diskName = `${vm.name}_OsDisk_1_${stableUuid(`disk:${vmId}`).replace(/-/g, '')}`
  const diskId = idOf(vm.where, 'Microsoft.Compute/disks', diskName)
  const pipName = `${vm.name}-pip`
  const pipId = idOf(vm.where, 'Microsoft.Network/publicIPAddresses', pipName)
  const rows: JsonObject[] = []
  if (vm.publicIp) {
    rows.push(
      argRow({
        ...vm.where,
        type: 'Microsoft.Network/publicIPAddresses',
        names: [pipName],
        tags: vm.tags,
        sku: { name: 'Standard', tier: 'Regional' },
        properties: {
          provisioningState: 'Succeeded',
          ipAddress: vm.publicIp,
          publicIPAddressVersion: 'IPv4',
          publicIPAllocationMethod: 'Static',
          idleTimeoutInMinutes: 4,
          ipConfiguration: { id: `${nicId}/ipConfigurations/ipconfig1` },
        },
      }),
    )
  }
  rows.push(
    argRow({
      ...vm.where,
      type: 'Microsoft.Network/networkInterfaces',
      names: [nicName],
      tags: vm.tags,
      properties: {
        provisioningState: 'Succeeded',
        ipConfigurations: [
          {
            name: 'ipconfig1',
            id: `${nicId}/ipConfigurations/ipconfig1`,
            properties: {
              privateIPAddress: vm.privateIp,
              privateIPAllocationMethod: 'Dynamic',
              privateIPAddressVersion: 'IPv4',
              subnet: { id: vm.subnetId },
              primary: true,
              ...(vm.publicIp ? { publicIPAddress: { id: pipId } } : {}),
            },
          },
        ],
        ...(vm.nsgId ? { networkSecurityGroup: { id: vm.nsgId } } : {}),
        virtualMachine: { id: vmId },
        enableAcceleratedNetworking: true,
        enableIPForwarding: false,
        primary: true,
        nicType: 'Standard',
      },
    }),
    argRow({
      ...vm.where,
      type: 'Microsoft.Compute/disks',
      names: [diskName],
      tags: vm.tags,
      managedBy: vmId,
      sku: { name: 'Premium_LRS', tier: 'Premium' },
      ...(vm.zone ? { zones: [vm.zone] } : {}),
      properties: {
        osType: 'Linux',
        diskSizeGB: 30,
        diskState: 'Attached',
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Enabled',
        provisioningState: 'Succeeded',
        timeCreated: '2023-11-02T09:14:27.0000000Z',
      },
    }),
    argRow({
      ...vm.where,
      type: 'Microsoft.Compute/virtualMachines',
      names: [vm.name],
      tags: vm.tags,
      ...(vm.zone ? { zones: [vm.zone] } : {}),
      ...(vm.identities.length > 0 ? { identity: userAssignedIdentity(vm.identities) } : {}),
      properties: {
        vmId: stableUuid(`vmid:${vmId}`),
        hardwareProfile: { vmSize: vm.size },
        storageProfile: {
          imageReference: { publisher: 'Debian', offer: 'debian-12', sku: '12-gen2', version: 'latest', exactVersion: '0.20240415.1719' },
          osDisk: { osType: 'Linux', name: diskName, createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { id: diskId, storageAccountType: 'Premium_LRS' }, deleteOption: 'Delete', diskSizeGB: 30 },
          dataDisks: [],
        },
        osProfile: {
          computerName: vm.name,
          adminUsername: 'azureuser',
          linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true, patchSettings: { patchMode: 'ImageDefault', assessmentMode: 'ImageDefault' } },
          secrets: [],
          allowExtensionOperations: true,
        },
        networkProfile: { networkInterfaces: [{ id: nicId, properties: { deleteOption: 'Delete' } }] },
        diagnosticsProfile: { bootDiagnostics: { enabled: true } },
        provisioningState: 'Succeeded',
        extended: { instanceView: { powerState: { code: 'PowerState/running', level: 'Info', displayStatus: 'VM running' }, osName: 'debian', osVersion: '12.5' } },
      },
    }),
  )
  return rows
}

export interface StorageSpec {
  readonly where: Where
  readonly name: string
  readonly allowBlobPublicAccess: boolean
  /** `Allow` = all networks; `Deny` = selected networks only. */
  readonly defaultAction: 'Allow' | 'Deny'
  readonly tags: Tags
  readonly containers: readonly { readonly name: string; readonly publicAccess: 'None' | 'Blob' | 'Container' }[]
}

export const storageIdOf = (s: { where: Where; name: string }): string => idOf(s.where, 'Microsoft.Storage/storageAccounts', s.name)

export function storageRows(s: StorageSpec): JsonObject[] {
  return [
    argRow({
      ...s.where,
      type: 'Microsoft.Storage/storageAccounts',
      names: [s.name],
      kind: 'StorageV2',
      sku: { name: 'Standard_ZRS', tier: 'Standard' },
      tags: s.tags,
      properties: {
        provisioningState: 'Succeeded',
        allowBlobPublicAccess: s.allowBlobPublicAccess,
        publicNetworkAccess: 'Enabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: s.defaultAction, ipRules: [], virtualNetworkRules: [] },
        supportsHttpsTrafficOnly: true,
        minimumTlsVersion: 'TLS1_2',
        allowSharedKeyAccess: true,
        encryption: { keySource: 'Microsoft.Storage', services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } }, requireInfrastructureEncryption: false },
        primaryEndpoints: { blob: `https://${s.name}.blob.core.windows.net/`, dfs: `https://${s.name}.dfs.core.windows.net/`, file: `https://${s.name}.file.core.windows.net/` },
        accessTier: 'Hot',
        creationTime: '2022-06-14T08:21:44.0000000Z',
      },
    }),
    ...s.containers.map((c) =>
      argRow({
        ...s.where,
        type: 'Microsoft.Storage/storageAccounts/blobServices/containers',
        names: [s.name, 'default', c.name],
        properties: { publicAccess: c.publicAccess, hasImmutabilityPolicy: false, hasLegalHold: false, deleted: false, remainingRetentionDays: 0, lastModifiedTime: '2024-02-01T10:00:00.0000000Z' },
      }),
    ),
  ]
}

/** The object replication policy as it appears on both the source and the destination account. */
export function objectReplicationRows(source: StorageSpec, destination: StorageSpec, container: string, policyId: string): JsonObject[] {
  const properties: JsonObject = {
    policyId,
    sourceAccount: storageIdOf(source),
    destinationAccount: storageIdOf(destination),
    enabledTime: '2023-09-01T12:00:00.0000000Z',
    rules: [{ ruleId: stableUuid(`orp-rule:${policyId}`), sourceContainer: container, destinationContainer: container, filters: { prefixMatch: [] } }],
  }
  return [source, destination].map((account) =>
    argRow({ ...account.where, type: 'Microsoft.Storage/storageAccounts/objectReplicationPolicies', names: [account.name, policyId], properties }),
  )
}

export function keyVaultRow(where: Where, name: string, tags: Tags, publicNetwork: boolean): JsonObject {
  return argRow({
    ...where,
    type: 'Microsoft.KeyVault/vaults',
    names: [name],
    tags,
    properties: {
      tenantId: AZURE_TENANT,
      sku: { family: 'A', name: 'standard' },
      accessPolicies: [],
      enableRbacAuthorization: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      vaultUri: `https://${name}.vault.azure.net/`,
      publicNetworkAccess: publicNetwork ? 'Enabled' : 'Disabled',
      networkAcls: { bypass: 'AzureServices', defaultAction: publicNetwork ? 'Allow' : 'Deny', ipRules: [], virtualNetworkRules: [] },
      provisioningState: 'Succeeded',
    },
  })
}

export interface PostgresSpec {
  readonly where: Where
  readonly name: string
  readonly passwordAuth: boolean
  readonly firewall: readonly { readonly name: string; readonly start: string; readonly end: string }[]
  readonly tags: Tags
}

export const postgresIdOf = (p: { where: Where; name: string }): string => idOf(p.where, 'Microsoft.DBforPostgreSQL/flexibleServers', p.name)

export function postgresRows(p: PostgresSpec): JsonObject[] {
  return [
    argRow({
      ...p.where,
      type: 'Microsoft.DBforPostgreSQL/flexibleServers',
      names: [p.name],
      tags: p.tags,
      sku: { name: 'Standard_D2ds_v4', tier: 'GeneralPurpose' },
      properties: {
        administratorLogin: p.passwordAuth ? 'pgadmin' : null,
        version: '15',
        state: 'Ready',
        fullyQualifiedDomainName: `${p.name}.postgres.database.azure.com`,
        storage: { storageSizeGB: 128, autoGrow: 'Disabled', tier: 'P10' },
        backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
        network: { publicNetworkAccess: 'Enabled' },
        highAvailability: { mode: 'Disabled', state: 'NotEnabled' },
        authConfig: { activeDirectoryAuth: p.passwordAuth ? 'Disabled' : 'Enabled', passwordAuth: p.passwordAuth ? 'Enabled' : 'Disabled', tenantId: AZURE_TENANT },
        dataEncryption: { type: 'SystemManaged' },
        availabilityZone: '1',
      },
    }),
    ...p.firewall.map((rule) =>
      argRow({
        ...p.where,
        type: 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules',
        names: [p.name, rule.name],
        properties: { startIpAddress: rule.start, endIpAddress: rule.end },
      }),
    ),
  ]
}
