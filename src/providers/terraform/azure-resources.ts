/**
 * @module `azurerm_*` types → lowercased ARM ids and the kinds the Azure Resource Graph adapter
 * emits. Terraform's `id` is the ARM id for these types (key vault secrets and other URL-keyed
 * types are left unmapped).
 */
import type { JsonObject } from '../../model/graph-types.js'
import type { Family } from '../../model/vocabulary.js'
import { azureNodeId, azureSubscriptionNodeId } from '../ids.js'
import { bool, compact, num, objects, str, strings } from '../shared/json-values.js'
import type { TfLink, TfMapped, TfMapping } from './tf-mapping.js'
import { block, tagMap } from './tf-mapping.js'

const ARM_ID = /^\/subscriptions\/([^/]+)/i

export const armId = (value: unknown): string | undefined => {
  const id = str(value)
  return id !== undefined && ARM_ID.test(id) ? azureNodeId(id) : undefined
}

type Extra = (v: JsonObject, id: string | undefined) => Partial<Pick<TfMapped, 'props' | 'links' | 'name'>>

function arm(kind: string, family: Family, extra: Extra = () => ({}), idOf?: (v: JsonObject) => string | undefined): TfMapping {
  return {
    kind,
    family,
    provider: 'azure',
    // A custom id means the resource configures another node (an NSG rule, an association).
    attaches: idOf !== undefined && kind !== 'azure.storage.blobcontainer',
    map(values) {
      const id = (idOf ?? ((v: JsonObject) => armId(v.id)))(values)
      const subscription = id === undefined ? undefined : ARM_ID.exec(id)?.[1]
      const location = str(values.location)
      return {
        id,
        name: str(values.name),
        tags: tagMap(values.tags),
        ...(subscription === undefined ? {} : { scope: azureSubscriptionNodeId(subscription) }),
        ...(location === undefined ? {} : { region: location.toLowerCase().replace(/\s+/g, '') }),
        ...extra(values, id),
      }
    },
  }
}

const identityProps = (v: JsonObject): JsonObject | undefined => {
  const identity = block(v.identity)
  return identity === undefined ? undefined : compact({ type: str(identity.type), principalId: str(identity.principal_id), userAssignedIdentityIds: strings(identity.identity_ids).map((i) => azureNodeId(i)) })
}

const vm = (v: JsonObject): Partial<TfMapped> => {
  const nics = strings(v.network_interface_ids).map((n) => azureNodeId(n))
  const links: TfLink[] = nics.map((nic) => ({ from: nic, kind: 'attached-to' }))
  for (const uai of strings(block(v.identity)?.identity_ids)) links.push({ to: azureNodeId(uai), kind: 'can-authenticate-as', props: { via: 'user-assigned identity' } })
  return { links, props: compact({ vmSize: str(v.size) ?? str(v.vm_size), networkInterfaceIds: nics, identity: identityProps(v), passwordAuthenticationDisabled: bool(v.disable_password_authentication) }) }
}

/** One NSG rule in the shape the ARG adapter normalizes `securityRules` to. */
function nsgRule(r: JsonObject): JsonObject {
  const ports = [...strings(r.destination_port_ranges), ...[str(r.destination_port_range)].filter((p): p is string => p !== undefined)]
  return compact({
    name: str(r.name),
    priority: num(r.priority),
    direction: str(r.direction)?.toLowerCase(),
    access: str(r.access)?.toLowerCase(),
    protocol: str(r.protocol)?.toLowerCase(),
    sourceAddressPrefixes: [...new Set([...[str(r.source_address_prefix)].filter((p): p is string => p !== undefined), ...strings(r.source_address_prefixes)])],
    sourcePortRanges: [...new Set([...[str(r.source_port_range)].filter((p): p is string => p !== undefined), ...strings(r.source_port_ranges)])],
    destinationAddressPrefixes: [...new Set([...[str(r.destination_address_prefix)].filter((p): p is string => p !== undefined), ...strings(r.destination_address_prefixes)])],
    destinationPortRanges: [...new Set(ports)],
    description: str(r.description),
    isDefault: false,
  })
}

/** A rule resource names its NSG by name: rebuild the NSG id from the rule's own id. */
const nsgOfRule = (v: JsonObject): string | undefined => {
  const id = armId(v.id)
  return id?.replace(/\/securityrules\/[^/]+$/, '')
}

const MAPPINGS: Readonly<Record<string, TfMapping>> = {
  azurerm_resource_group: arm('azure.resources.resourcegroup', 'resource-group'),
  azurerm_storage_account: arm('azure.storage.storageaccount', 'object-storage', (v) => ({ props: compact({
    allowBlobPublicAccess: bool(v.allow_nested_items_to_be_public) ?? bool(v.allow_blob_public_access),
    supportsHttpsTrafficOnly: bool(v.https_traffic_only_enabled) ?? bool(v.enable_https_traffic_only),
    minimumTlsVersion: str(v.min_tls_version),
    publicNetworkAccess: bool(v.public_network_access_enabled) === undefined ? undefined : bool(v.public_network_access_enabled) ? 'Enabled' : 'Disabled',
    allowSharedKeyAccess: bool(v.shared_access_key_enabled),
    networkDefaultAction: str(block(v.network_rules)?.default_action)?.toLowerCase(),
  }) })),
  azurerm_storage_container: arm('azure.storage.blobcontainer', 'object-storage', (v) => ({ props: compact({ publicAccess: str(v.container_access_type) }) }), (v) => armId(v.resource_manager_id)),
  azurerm_linux_virtual_machine: arm('azure.compute.virtualmachine', 'vm', vm),
  azurerm_windows_virtual_machine: arm('azure.compute.virtualmachine', 'vm', vm),
  azurerm_virtual_machine: arm('azure.compute.virtualmachine', 'vm', vm),
  azurerm_linux_virtual_machine_scale_set: arm('azure.compute.virtualmachinescaleset', 'vm-scale-set', (v) => ({ props: compact({ identity: identityProps(v) }) })),
  azurerm_windows_virtual_machine_scale_set: arm('azure.compute.virtualmachinescaleset', 'vm-scale-set', (v) => ({ props: compact({ identity: identityProps(v) }) })),
  azurerm_orchestrated_virtual_machine_scale_set: arm('azure.compute.virtualmachinescaleset', 'vm-scale-set'),
  azurerm_managed_disk: arm('azure.compute.disk', 'disk'),
  azurerm_network_interface: arm('azure.network.networkinterface', 'network-interface', (v) => {
    const configs = objects(v.ip_configuration)
    const subnets = configs.map((c) => armId(c.subnet_id)).filter((s): s is string => s !== undefined)
    const publicIps = configs.map((c) => armId(c.public_ip_address_id)).filter((s): s is string => s !== undefined)
    return { links: [...subnets.map((s) => ({ to: s, kind: 'attached-to' as const })), ...publicIps.map((ip) => ({ from: ip, kind: 'attached-to' as const }))], props: compact({ subnetIds: subnets, publicIpAddressIds: publicIps, privateIpAddress: str(v.private_ip_address) }) }
  }),
  azurerm_network_security_group: arm('azure.network.networksecuritygroup', 'network-security-group', (v) => ({ props: { securityRules: objects(v.security_rule).map(nsgRule) } })),
  azurerm_network_security_rule: arm('azure.network.networksecuritygroup', 'network-security-group', (v) => ({ props: { securityRules: [nsgRule(v)] } }), nsgOfRule),
  azurerm_network_interface_security_group_association: arm('azure.network.networkinterface', 'network-interface', (v) => {
    const nsg = armId(v.network_security_group_id)
    return { links: nsg === undefined ? [] : [{ to: nsg, kind: 'protected-by' }] }
  }, (v) => armId(v.network_interface_id)),
  azurerm_subnet_network_security_group_association: arm('azure.network.subnet', 'subnet', (v) => {
    const nsg = armId(v.network_security_group_id)
    return { links: nsg === undefined ? [] : [{ to: nsg, kind: 'protected-by' }] }
  }, (v) => armId(v.subnet_id)),
  azurerm_public_ip: arm('azure.network.publicipaddress', 'public-ip', (v) => ({ props: compact({ ipAddress: str(v.ip_address), allocationMethod: str(v.allocation_method)?.toLowerCase() }) })),
  azurerm_virtual_network: arm('azure.network.virtualnetwork', 'network', (v) => ({ props: compact({ addressSpace: strings(v.address_space) }) })),
  azurerm_subnet: arm('azure.network.subnet', 'subnet', (v, id) => {
    const vnet = id?.replace(/\/subnets\/[^/]+$/, '')
    return { links: vnet === undefined ? [] : [{ from: vnet, kind: 'contains' }], props: compact({ addressPrefixes: strings(v.address_prefixes) }) }
  }),
  azurerm_lb: arm('azure.network.loadbalancer', 'load-balancer'),
  azurerm_application_gateway: arm('azure.network.applicationgateway', 'gateway'),
  azurerm_key_vault: arm('azure.keyvault.vault', 'secret-store', (v) => ({ props: compact({
    enableRbacAuthorization: bool(v.enable_rbac_authorization) ?? bool(v.rbac_authorization_enabled),
    enablePurgeProtection: bool(v.purge_protection_enabled),
    publicNetworkAccess: bool(v.public_network_access_enabled) === undefined ? undefined : bool(v.public_network_access_enabled) ? 'Enabled' : 'Disabled',
    networkDefaultAction: str(block(v.network_acls)?.default_action)?.toLowerCase(),
  }) })),
  azurerm_kubernetes_cluster: arm('azure.containerservice.managedcluster', 'k8s-cluster', (v) => ({ props: compact({
    kubernetesVersion: str(v.kubernetes_version),
    enableRBAC: bool(v.role_based_access_control_enabled),
    disableLocalAccounts: bool(v.local_account_disabled),
    privateCluster: bool(v.private_cluster_enabled),
    authorizedIpRanges: strings(block(v.api_server_access_profile)?.authorized_ip_ranges ?? v.api_server_authorized_ip_ranges),
    identity: identityProps(v),
  }) })),
  azurerm_user_assigned_identity: arm('azure.managedidentity.userassignedidentity', 'identity', (v) => ({ props: compact({ principalId: str(v.principal_id), clientId: str(v.client_id) }) })),
  azurerm_role_assignment: arm('azure.authorization.roleassignment', 'policy', (v) => ({ props: compact({ principalId: str(v.principal_id), principalType: str(v.principal_type), roleDefinitionId: str(v.role_definition_id), roleDefinitionName: str(v.role_definition_name), scope: str(v.scope) }) })),
  azurerm_mssql_server: arm('azure.sql.server', 'managed-database', (v) => ({ props: compact({ publicNetworkAccess: bool(v.public_network_access_enabled) === undefined ? undefined : bool(v.public_network_access_enabled) ? 'Enabled' : 'Disabled', minimalTlsVersion: str(v.minimum_tls_version) }) })),
  azurerm_mssql_database: arm('azure.sql.database', 'managed-database'),
  azurerm_mssql_firewall_rule: arm('azure.sql.firewallrule', 'network-security-group', (v) => ({ props: compact({ startIpAddress: str(v.start_ip_address), endIpAddress: str(v.end_ip_address) }) })),
  azurerm_postgresql_flexible_server: arm('azure.dbforpostgresql.flexibleserver', 'managed-database'),
  azurerm_mysql_flexible_server: arm('azure.dbformysql.flexibleserver', 'managed-database'),
  azurerm_cosmosdb_account: arm('azure.documentdb.databaseaccount', 'managed-database'),
  azurerm_container_registry: arm('azure.containerregistry.registry', 'container-registry', (v) => ({ props: compact({ adminUserEnabled: bool(v.admin_enabled) }) })),
  azurerm_linux_web_app: arm('azure.web.site', 'app-service', (v) => ({ props: compact({ httpsOnly: bool(v.https_only), identity: identityProps(v) }) })),
  azurerm_windows_web_app: arm('azure.web.site', 'app-service', (v) => ({ props: compact({ httpsOnly: bool(v.https_only), identity: identityProps(v) }) })),
  azurerm_linux_function_app: arm('azure.web.functionapp', 'function', (v) => ({ props: compact({ httpsOnly: bool(v.https_only), identity: identityProps(v) }) })),
  azurerm_windows_function_app: arm('azure.web.functionapp', 'function', (v) => ({ props: compact({ httpsOnly: bool(v.https_only), identity: identityProps(v) }) })),
  azurerm_log_analytics_workspace: arm('azure.operationalinsights.workspace', 'logging'),
}

export const AZURE_RESOURCES: Readonly<Record<string, TfMapping>> = MAPPINGS
