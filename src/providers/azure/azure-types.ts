/** @module ARM type (lowercased) → node kind and mapper. Types not listed become `azure.unmapped.<type>`. */
import type { ArmRow } from './arm-row.js'
import { asString, field } from '../shared/json-access.js'
import type { TypeSpec } from './row-mapper.js'
import { mapManagedCluster } from './mappers/aks.js'
import { mapRoleAssignment, mapRoleDefinition, roleDefinitionId } from './mappers/authorization.js'
import { mapDisk, mapVirtualMachine, mapVirtualMachineScaleSet } from './mappers/compute.js'
import {
  mapCosmosAccount,
  mapDatabaseFirewallRule,
  mapOpenSourceDatabaseServer,
  mapRedisCache,
  mapSqlDatabase,
  mapSqlManagedInstance,
  mapSqlServer,
} from './mappers/databases.js'
import { mapManagementGroup, mapResourceGroup, mapSubscription } from './mappers/hierarchy.js'
import { identityAliases, mapFederatedCredential, mapUserAssignedIdentity } from './mappers/identity.js'
import { mapKeyVault, mapVaultItem } from './mappers/key-vault.js'
import {
  mapAzureFirewall,
  mapApplicationGateway,
  mapBastionHost,
  mapFirewallPolicy,
  mapLoadBalancer,
  mapNatGateway,
} from './mappers/network-gateways.js'
import {
  mapApplicationSecurityGroup,
  mapNetworkInterface,
  mapNetworkSecurityGroup,
  mapPublicIpAddress,
} from './mappers/network-interfaces.js'
import {
  mapApiManagement,
  mapApiManagementApi,
  mapContainerApp,
  mapContainerGroup,
  mapContainerRegistry,
  mapLogAnalyticsWorkspace,
} from './mappers/platform.js'
import { mapBlobContainer, mapObjectReplicationPolicy, mapStorageAccount } from './mappers/storage.js'
import { mapPrivateEndpoint, mapRouteTable, mapSubnet, mapVirtualNetwork } from './mappers/virtual-networks.js'
import { mapSite, mapSiteConfig, siteKind } from './mappers/web.js'

const property = (key: string) => (row: ArmRow): string | undefined => asString(field(row.properties, key))

export const AZURE_TYPES: Readonly<Record<string, TypeSpec>> = {
  'microsoft.management/managementgroups': { kind: 'azure.management.managementgroup', map: mapManagementGroup, nameOf: property('displayName') },
  'microsoft.resources/subscriptions': { kind: 'azure.resources.subscription', map: mapSubscription },
  'microsoft.resources/subscriptions/resourcegroups': { kind: 'azure.resources.resourcegroup', map: mapResourceGroup },

  'microsoft.compute/virtualmachines': { kind: 'azure.compute.virtualmachine', map: mapVirtualMachine },
  'microsoft.compute/virtualmachinescalesets': { kind: 'azure.compute.virtualmachinescaleset', map: mapVirtualMachineScaleSet },
  'microsoft.compute/disks': { kind: 'azure.compute.disk', map: mapDisk },
  'microsoft.compute/snapshots': { kind: 'azure.compute.snapshot', map: mapDisk },

  'microsoft.network/networkinterfaces': { kind: 'azure.network.networkinterface', map: mapNetworkInterface },
  'microsoft.network/networksecuritygroups': { kind: 'azure.network.networksecuritygroup', map: mapNetworkSecurityGroup },
  'microsoft.network/applicationsecuritygroups': { kind: 'azure.network.applicationsecuritygroup', map: mapApplicationSecurityGroup },
  'microsoft.network/publicipaddresses': { kind: 'azure.network.publicipaddress', map: mapPublicIpAddress },
  'microsoft.network/virtualnetworks': { kind: 'azure.network.virtualnetwork', map: mapVirtualNetwork },
  'microsoft.network/virtualnetworks/subnets': { kind: 'azure.network.subnet', map: mapSubnet },
  'microsoft.network/loadbalancers': { kind: 'azure.network.loadbalancer', map: mapLoadBalancer },
  'microsoft.network/applicationgateways': { kind: 'azure.network.applicationgateway', map: mapApplicationGateway },
  'microsoft.network/azurefirewalls': { kind: 'azure.network.azurefirewall', map: mapAzureFirewall },
  'microsoft.network/firewallpolicies': { kind: 'azure.network.firewallpolicy', map: mapFirewallPolicy },
  'microsoft.network/routetables': { kind: 'azure.network.routetable', map: mapRouteTable },
  'microsoft.network/natgateways': { kind: 'azure.network.natgateway', map: mapNatGateway },
  'microsoft.network/bastionhosts': { kind: 'azure.network.bastionhost', map: mapBastionHost },
  'microsoft.network/privateendpoints': { kind: 'azure.network.privateendpoint', map: mapPrivateEndpoint },

  'microsoft.storage/storageaccounts': { kind: 'azure.storage.storageaccount', map: mapStorageAccount },
  'microsoft.storage/storageaccounts/blobservices/containers': { kind: 'azure.storage.blobcontainer', map: mapBlobContainer },
  'microsoft.storage/storageaccounts/objectreplicationpolicies': { kind: 'azure.storage.objectreplicationpolicy', map: mapObjectReplicationPolicy },

  'microsoft.sql/servers': { kind: 'azure.sql.server', map: mapSqlServer },
  'microsoft.sql/servers/databases': { kind: 'azure.sql.database', map: mapSqlDatabase },
  'microsoft.sql/servers/firewallrules': { kind: 'azure.sql.firewallrule', map: mapDatabaseFirewallRule },
  'microsoft.sql/managedinstances': { kind: 'azure.sql.managedinstance', map: mapSqlManagedInstance },
  'microsoft.dbforpostgresql/flexibleservers': { kind: 'azure.dbforpostgresql.flexibleserver', map: mapOpenSourceDatabaseServer },
  'microsoft.dbforpostgresql/servers': { kind: 'azure.dbforpostgresql.server', map: mapOpenSourceDatabaseServer },
  'microsoft.dbforpostgresql/flexibleservers/firewallrules': { kind: 'azure.dbforpostgresql.firewallrule', map: mapDatabaseFirewallRule },
  'microsoft.dbforpostgresql/servers/firewallrules': { kind: 'azure.dbforpostgresql.firewallrule', map: mapDatabaseFirewallRule },
  'microsoft.dbformysql/flexibleservers': { kind: 'azure.dbformysql.flexibleserver', map: mapOpenSourceDatabaseServer },
  'microsoft.dbformysql/servers': { kind: 'azure.dbformysql.server', map: mapOpenSourceDatabaseServer },
  'microsoft.dbformysql/flexibleservers/firewallrules': { kind: 'azure.dbformysql.firewallrule', map: mapDatabaseFirewallRule },
  'microsoft.dbformysql/servers/firewallrules': { kind: 'azure.dbformysql.firewallrule', map: mapDatabaseFirewallRule },
  'microsoft.dbformariadb/servers': { kind: 'azure.dbformariadb.server', map: mapOpenSourceDatabaseServer },
  'microsoft.documentdb/databaseaccounts': { kind: 'azure.documentdb.databaseaccount', map: mapCosmosAccount },
  'microsoft.cache/redis': { kind: 'azure.cache.redis', map: mapRedisCache },
  'microsoft.synapse/workspaces': { kind: 'azure.synapse.workspace' },

  'microsoft.keyvault/vaults': { kind: 'azure.keyvault.vault', map: mapKeyVault },
  'microsoft.keyvault/managedhsms': { kind: 'azure.keyvault.managedhsm' },
  'microsoft.keyvault/vaults/secrets': { kind: 'azure.keyvault.secret', map: mapVaultItem },
  'microsoft.keyvault/vaults/keys': { kind: 'azure.keyvault.key', map: mapVaultItem },

  'microsoft.containerservice/managedclusters': { kind: 'azure.containerservice.managedcluster', map: mapManagedCluster },
  'microsoft.web/sites': { kind: siteKind, map: mapSite },
  'microsoft.web/sites/slots': { kind: siteKind, map: mapSite },
  'microsoft.web/sites/config': { kind: 'azure.web.site', map: mapSiteConfig, intoParent: true },
  'microsoft.app/containerapps': { kind: 'azure.app.containerapp', map: mapContainerApp },
  'microsoft.containerinstance/containergroups': { kind: 'azure.containerinstance.containergroup', map: mapContainerGroup },
  'microsoft.containerregistry/registries': { kind: 'azure.containerregistry.registry', map: mapContainerRegistry },
  'microsoft.apimanagement/service': { kind: 'azure.apimanagement.service', map: mapApiManagement },
  'microsoft.apimanagement/service/apis': { kind: 'azure.apimanagement.api', map: mapApiManagementApi },
  'microsoft.operationalinsights/workspaces': { kind: 'azure.operationalinsights.workspace', map: mapLogAnalyticsWorkspace },

  'microsoft.managedidentity/userassignedidentities': { kind: 'azure.managedidentity.userassignedidentity', map: mapUserAssignedIdentity, aliasesOf: identityAliases },
  'microsoft.managedidentity/userassignedidentities/federatedidentitycredentials': {
    kind: 'azure.managedidentity.federatedidentitycredential',
    map: mapFederatedCredential,
  },
  'microsoft.authorization/roleassignments': { kind: 'azure.authorization.roleassignment', map: mapRoleAssignment, deferred: true },
  'microsoft.authorization/roledefinitions': {
    kind: 'azure.authorization.roledefinition',
    map: mapRoleDefinition,
    idOf: roleDefinitionId,
    nameOf: property('roleName'),
  },
}
