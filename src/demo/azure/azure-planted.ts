/**
 * @module Planted Azure resources of both subscriptions: exposed VMs whose managed identity reads a key vault,
 * owns the subscription or calls Azure OpenAI; an open PostgreSQL server; public and replicated storage; the
 * AKS clusters (one without RBAC); workload identity; a public container app. Each has a look-alike.
 */
import type { JsonObject } from '../../model/graph-types.js'
import { AZURE_DEV, AZURE_PROD, AZURE_TENANT, CLUSTERS, companyTags } from '../demo-company.js'
import { stableUuid } from '../demo-random.js'
import type { AssignmentInput, RoleName } from './azure-rows.js'
import { argRow, userAssignedIdentity } from './azure-rows.js'
import type { ManagedIdentity, PostgresSpec, StorageSpec, VmSpec, VnetSpec, Where } from './azure-resources.js'
import { idOf, managedIdentity, storageIdOf, subnetId } from './azure-resources.js'

const prod = (resourceGroup: string): Where => ({ subscriptionId: AZURE_PROD.subscriptionId, resourceGroup, location: AZURE_PROD.location })
const dev = (resourceGroup: string): Where => ({ subscriptionId: AZURE_DEV.subscriptionId, resourceGroup, location: AZURE_DEV.location })

export const RG = {
  shop: prod('rg-shop-prod'),
  ops: prod('rg-ops-prod'),
  data: prod('rg-data-prod'),
  network: prod('rg-network-prod'),
  identity: prod('rg-identity-prod'),
  security: prod('rg-security-prod'),
  ai: prod('rg-ai-prod'),
  apps: prod('rg-apps-prod'),
  aks: prod('rg-aks-prod'),
  aksNodes: prod(`MC_rg-aks-prod_${CLUSTERS.aks}_${AZURE_PROD.location}`),
  aksLegacy: dev('rg-aks-legacy'),
  aksLegacyNodes: dev(`MC_rg-aks-legacy_aks-ridgeline-legacy_${AZURE_DEV.location}`),
  devShared: dev('rg-dev-shared'),
} as const

export const PROD_VNET: VnetSpec = {
  where: RG.network,
  name: 'vnet-ridgeline-prod',
  cidr: '10.50.0.0/16',
  subnets: [
    { name: 'snet-web', cidr: '10.50.1.0/24' },
    { name: 'snet-aks', cidr: '10.50.16.0/20' },
    { name: 'snet-app', cidr: '10.50.64.0/18' },
  ],
}
export const DEV_VNET: VnetSpec = { where: dev('rg-dev-shared'), name: 'vnet-ridgeline-dev', cidr: '10.60.0.0/16', subnets: [{ name: 'snet-app', cidr: '10.60.0.0/18' }, { name: 'snet-aks', cidr: '10.60.64.0/18' }] }

export const NSG = {
  shopWeb: idOf(RG.shop, 'Microsoft.Network/networkSecurityGroups', 'nsg-shop-web'),
  ops: idOf(RG.ops, 'Microsoft.Network/networkSecurityGroups', 'nsg-ops'),
  assistant: idOf(RG.ai, 'Microsoft.Network/networkSecurityGroups', 'nsg-assistant'),
  internal: idOf(RG.network, 'Microsoft.Network/networkSecurityGroups', 'nsg-internal'),
  devInternal: idOf(RG.devShared, 'Microsoft.Network/networkSecurityGroups', 'nsg-dev-internal'),
} as const

export const MI = {
  shopWeb: managedIdentity(RG.identity, 'id-shop-web'),
  opsRunner: managedIdentity(RG.identity, 'id-ops-runner'),
  opsRunnerDr: managedIdentity(RG.identity, 'id-ops-runner-dr'),
  assistant: managedIdentity(RG.identity, 'id-assistant'),
  assistantDr: managedIdentity(RG.identity, 'id-assistant-dr'),
  checkout: managedIdentity(RG.identity, 'id-checkout'),
  checkoutWorker: managedIdentity(RG.identity, 'id-checkout-worker'),
  returnsApi: managedIdentity(RG.identity, 'id-returns-api'),
  kubelet: managedIdentity(RG.aksNodes, `${CLUSTERS.aks}-agentpool`),
  legacyKubelet: managedIdentity(RG.aksLegacyNodes, 'aks-ridgeline-legacy-agentpool'),
} as const

const web = subnetId(PROD_VNET, 'snet-web')
const vm = (where: Where, name: string, ip: string, nsgId: string, identity: ManagedIdentity, tags: Record<string, string>, publicIp?: string): VmSpec => ({
  where,
  name,
  size: 'Standard_D2s_v5',
  subnetId: web,
  privateIp: ip,
  nsgId,
  ...(publicIp ? { publicIp } : {}),
  identities: [identity],
  tags,
  zone: '1',
})

export const VMS = {
  shopWeb01: vm(RG.shop, 'vm-shop-web-01', '10.50.1.10', NSG.shopWeb, MI.shopWeb, companyTags('shop', 'high'), '203.0.113.101'),
  shopWeb02: vm(RG.shop, 'vm-shop-web-02', '10.50.1.11', NSG.shopWeb, MI.shopWeb, companyTags('shop', 'high')),
  opsRunner: vm(RG.ops, 'vm-ops-runner', '10.50.1.20', NSG.ops, MI.opsRunner, companyTags('ops', 'high'), '203.0.113.102'),
  opsRunnerDr: vm(RG.ops, 'vm-ops-runner-dr', '10.50.1.21', NSG.ops, MI.opsRunnerDr, companyTags('ops', 'medium'), '203.0.113.103'),
  assistant01: vm(RG.ai, 'vm-assistant-01', '10.50.1.30', NSG.assistant, MI.assistant, companyTags('analytics', 'high'), '203.0.113.104'),
  assistant02: vm(RG.ai, 'vm-assistant-02', '10.50.1.31', NSG.assistant, MI.assistantDr, companyTags('analytics', 'medium'), '203.0.113.105'),
} as const

const confidential = (team: string, criticality: 'critical' | 'high' = 'high'): Record<string, string> =>
  companyTags(team, criticality, { 'data-classification': 'confidential' })
const publicData = (team: string): Record<string, string> => companyTags(team, 'medium', { 'data-classification': 'public' })

export const STORAGE = {
  exports: { where: RG.data, name: 'stridgelineexports', allowBlobPublicAccess: true, defaultAction: 'Allow', tags: confidential('analytics'), containers: [{ name: 'exports', publicAccess: 'Blob' }] },
  assets: { where: RG.shop, name: 'stridgelineassets', allowBlobPublicAccess: true, defaultAction: 'Allow', tags: publicData('shop'), containers: [{ name: 'assets', publicAccess: 'Blob' }] },
  orders: { where: RG.data, name: 'stridgelineorders', allowBlobPublicAccess: false, defaultAction: 'Deny', tags: confidential('shop', 'critical'), containers: [{ name: 'orders', publicAccess: 'None' }] },
  returns: { where: RG.apps, name: 'stridgelinereturns', allowBlobPublicAccess: false, defaultAction: 'Deny', tags: confidential('supply-chain'), containers: [{ name: 'returns', publicAccess: 'None' }] },
  cdn: { where: RG.shop, name: 'stridgelinecdn', allowBlobPublicAccess: true, defaultAction: 'Allow', tags: publicData('shop'), containers: [{ name: 'returns', publicAccess: 'Blob' }] },
  ledger: { where: RG.data, name: 'stridgelineledger', allowBlobPublicAccess: false, defaultAction: 'Deny', tags: confidential('payments'), containers: [{ name: 'ledger', publicAccess: 'None' }] },
  ledgerDr: { where: RG.data, name: 'stridgelineledgerdr', allowBlobPublicAccess: false, defaultAction: 'Deny', tags: confidential('payments'), containers: [{ name: 'ledger', publicAccess: 'None' }] },
} as const satisfies Record<string, StorageSpec>

export const REPLICATION = {
  returnsToCdn: { source: STORAGE.returns, destination: STORAGE.cdn, container: 'returns', policyId: stableUuid('orp:returns-cdn') },
  ledgerToDr: { source: STORAGE.ledger, destination: STORAGE.ledgerDr, container: 'ledger', policyId: stableUuid('orp:ledger-dr') },
} as const

export const KEY_VAULTS = {
  prod: { where: RG.security, name: 'kv-ridgeline-prod', tags: confidential('security', 'critical') },
  payments: { where: RG.security, name: 'kv-ridgeline-payments', tags: confidential('payments', 'critical') },
} as const

export const POSTGRES = {
  orders: { where: RG.data, name: 'psql-ridgeline-orders', passwordAuth: true, firewall: [{ name: 'AllowAll', start: '0.0.0.0', end: '255.255.255.255' }], tags: confidential('shop', 'critical') },
  analytics: { where: RG.data, name: 'psql-ridgeline-analytics', passwordAuth: false, firewall: [{ name: 'AllowAll', start: '0.0.0.0', end: '255.255.255.255' }], tags: confidential('analytics') },
} as const satisfies Record<string, PostgresSpec>

export const OPENAI = { where: RG.ai, name: 'oai-ridgeline-assistant' } as const
export const openAiId = idOf(OPENAI.where, 'Microsoft.CognitiveServices/accounts', OPENAI.name)

export function openAiRow(): JsonObject {
  return argRow({
    ...OPENAI.where,
    type: 'Microsoft.CognitiveServices/accounts',
    names: [OPENAI.name],
    kind: 'OpenAI',
    sku: { name: 'S0' },
    tags: confidential('analytics'),
    properties: {
      endpoint: `https://${OPENAI.name}.openai.azure.com/`,
      customSubDomainName: OPENAI.name,
      publicNetworkAccess: 'Enabled',
      disableLocalAuth: false,
      networkAcls: { defaultAction: 'Allow', ipRules: [], virtualNetworkRules: [] },
      provisioningState: 'Succeeded',
    },
  })
}

// ---- AKS ----

export const AKS = {
  prod: { where: RG.aks, name: CLUSTERS.aks, nodeRg: RG.aksNodes, vmss: 'aks-system-27461034-vmss', issuer: `https://${AZURE_PROD.location}.oic.prod-aks.azure.com/${AZURE_TENANT}/${stableUuid('aks-oidc')}/` },
  legacy: { where: RG.aksLegacy, name: 'aks-ridgeline-legacy', nodeRg: RG.aksLegacyNodes, vmss: 'aks-nodepool1-80213377-vmss', issuer: '' },
} as const

export const aksIdOf = (cluster: { where: Where; name: string }): string => idOf(cluster.where, 'Microsoft.ContainerService/managedClusters', cluster.name)
export const vmssIdOf = (cluster: { nodeRg: Where; vmss: string }): string => idOf(cluster.nodeRg, 'Microsoft.Compute/virtualMachineScaleSets', cluster.vmss)

export interface AksNode {
  readonly name: string
  readonly providerId: string
  /** ARM id of the scale-set instance (the graph node the Kubernetes node joins to). */
  readonly vmId: string
  readonly privateIp: string
  readonly index: number
}

export const AKS_PLANTED_NODES = 3

/** Node `index` of the exported AKS cluster; 0–2 are planted, higher ones are filler. */
export function aksNode(index: number): AksNode {
  const vmId = `${vmssIdOf(AKS.prod)}/virtualMachines/${index}`
  return {
    name: `${AKS.prod.vmss}${index.toString(36).padStart(6, '0')}`,
    // The cloud provider writes the node resource group lowercased.
    providerId: `azure://${vmId.replace(RG.aksNodes.resourceGroup, RG.aksNodes.resourceGroup.toLowerCase())}`,
    vmId,
    privateIp: `10.50.${16 + Math.floor(index / 250)}.${(index % 250) + 4}`,
    index,
  }
}

export function aksClusterRow(cluster: 'prod' | 'legacy'): JsonObject {
  const c = AKS[cluster]
  const kubelet = cluster === 'prod' ? MI.kubelet : MI.legacyKubelet
  const vnet = cluster === 'prod' ? PROD_VNET : DEV_VNET
  const common: JsonObject = {
    provisioningState: 'Succeeded',
    powerState: { code: 'Running' },
    kubernetesVersion: cluster === 'prod' ? '1.29.4' : '1.26.10',
    currentKubernetesVersion: cluster === 'prod' ? '1.29.4' : '1.26.10',
    dnsPrefix: c.name,
    fqdn: `${c.name}-dns-${stableUuid(`fqdn:${c.name}`).slice(0, 8)}.hcp.${c.where.location}.azmk8s.io`,
    azurePortalFQDN: `${c.name}-dns-${stableUuid(`fqdn:${c.name}`).slice(0, 8)}.portal.hcp.${c.where.location}.azmk8s.io`,
    agentPoolProfiles: [
      {
        name: cluster === 'prod' ? 'system' : 'nodepool1',
        count: 3,
        vmSize: 'Standard_D4s_v5',
        osDiskSizeGB: 128,
        osType: 'Linux',
        osSKU: 'Ubuntu',
        mode: 'System',
        type: 'VirtualMachineScaleSets',
        vnetSubnetID: subnetId(vnet, 'snet-aks'),
        orchestratorVersion: cluster === 'prod' ? '1.29.4' : '1.26.10',
        enableNodePublicIP: false,
        maxPods: 30,
        provisioningState: 'Succeeded',
      },
    ],
    nodeResourceGroup: c.nodeRg.resourceGroup,
    identityProfile: { kubeletidentity: { resourceId: kubelet.id, clientId: kubelet.clientId, objectId: kubelet.principalId } },
  }
  const properties: JsonObject =
    cluster === 'prod'
      ? {
          ...common,
          enableRBAC: true,
          aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [stableUuid('group:platform-admins')], tenantID: AZURE_TENANT },
          disableLocalAccounts: true,
          apiServerAccessProfile: { authorizedIPRanges: ['192.0.2.0/24'], enablePrivateCluster: false },
          networkProfile: { networkPlugin: 'azure', networkPolicy: 'calico', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10', loadBalancerSku: 'standard', outboundType: 'loadBalancer' },
          oidcIssuerProfile: { enabled: true, issuerURL: c.issuer },
          securityProfile: { workloadIdentity: { enabled: true } },
        }
      : {
          ...common,
          // Created from an old template: no Kubernetes RBAC, no AAD, no authorized IP ranges, local accounts on.
          enableRBAC: false,
          disableLocalAccounts: false,
          networkProfile: { networkPlugin: 'kubenet', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10', loadBalancerSku: 'standard', outboundType: 'loadBalancer' },
        }
  return argRow({
    ...c.where,
    type: 'Microsoft.ContainerService/managedClusters',
    names: [c.name],
    sku: { name: 'Base', tier: cluster === 'prod' ? 'Standard' : 'Free' },
    identity: { type: 'SystemAssigned', principalId: stableUuid(`aks-identity:${c.name}`), tenantId: AZURE_TENANT },
    tags: companyTags('platform', cluster === 'prod' ? 'critical' : 'medium', cluster === 'prod' ? {} : { env: 'dev' }),
    properties,
  })
}

export function vmssRow(cluster: 'prod' | 'legacy', capacity: number): JsonObject {
  const c = AKS[cluster]
  const kubelet = cluster === 'prod' ? MI.kubelet : MI.legacyKubelet
  const vnet = cluster === 'prod' ? PROD_VNET : DEV_VNET
  return argRow({
    ...c.nodeRg,
    type: 'Microsoft.Compute/virtualMachineScaleSets',
    names: [c.vmss],
    sku: { name: 'Standard_D4s_v5', tier: 'Standard', capacity },
    identity: userAssignedIdentity([kubelet]),
    tags: { 'aks-managed-createOperationID': stableUuid(`op:${c.name}`), 'aks-managed-orchestrator': 'Kubernetes:1.29.4', 'aks-managed-poolName': cluster === 'prod' ? 'system' : 'nodepool1' },
    properties: {
      orchestrationMode: 'Uniform',
      provisioningState: 'Succeeded',
      upgradePolicy: { mode: 'Manual' },
      virtualMachineProfile: {
        osProfile: { computerNamePrefix: c.vmss, adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: true } },
        networkProfile: {
          networkInterfaceConfigurations: [
            { name: c.vmss, properties: { primary: true, enableIPForwarding: true, ipConfigurations: [{ name: 'ipconfig1', properties: { subnet: { id: subnetId(vnet, 'snet-aks') }, primary: true } }] } },
          ],
        },
      },
    },
  })
}

export function vmssVmRow(node: AksNode): JsonObject {
  const row = argRow({
    ...RG.aksNodes,
    type: 'Microsoft.Compute/virtualMachineScaleSets/virtualMachines',
    names: [AKS.prod.vmss, String(node.index)],
    sku: { name: 'Standard_D4s_v5', tier: 'Standard' },
    zones: [String((node.index % 3) + 1)],
    properties: {
      instanceId: String(node.index),
      latestModelApplied: true,
      vmId: stableUuid(`vmss-vm:${node.vmId}`),
      hardwareProfile: { vmSize: 'Standard_D4s_v5' },
      osProfile: { computerName: node.name, adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: true } },
      networkProfile: { networkInterfaces: [{ id: `${node.vmId}/networkInterfaces/${AKS.prod.vmss}` }] },
      privateIpAddress: node.privateIp,
      provisioningState: 'Succeeded',
    },
  })
  return { ...row, name: `${AKS.prod.vmss}_${node.index}` }
}

// ---- container apps ----

export const CONTAINER_APPS = {
  environment: { where: RG.apps, name: 'cae-ridgeline-prod' },
  returnsApi: { where: RG.apps, name: 'ca-returns-api', external: true },
  returnsWorker: { where: RG.apps, name: 'ca-returns-worker', external: false },
} as const
export const RETURNS_IMAGE = 'registry.ridgeline-outfitters.example/returns/returns-api:1.2.0'

export function containerAppRows(): JsonObject[] {
  const envId = idOf(CONTAINER_APPS.environment.where, 'Microsoft.App/managedEnvironments', CONTAINER_APPS.environment.name)
  const env = argRow({
    ...CONTAINER_APPS.environment.where,
    type: 'Microsoft.App/managedEnvironments',
    names: [CONTAINER_APPS.environment.name],
    tags: companyTags('supply-chain', 'medium'),
    properties: { provisioningState: 'Succeeded', defaultDomain: 'kindsea-1a2b3c4d.westeurope.azurecontainerapps.io', staticIp: '203.0.113.120', zoneRedundant: false },
  })
  const app = (spec: { name: string; external: boolean }): JsonObject =>
    argRow({
      ...CONTAINER_APPS.returnsApi.where,
      type: 'Microsoft.App/containerApps',
      names: [spec.name],
      identity: userAssignedIdentity([MI.returnsApi]),
      tags: companyTags('supply-chain', 'high'),
      properties: {
        provisioningState: 'Succeeded',
        runningStatus: 'Running',
        managedEnvironmentId: envId,
        environmentId: envId,
        latestRevisionFqdn: `${spec.name}--r7.kindsea-1a2b3c4d.westeurope.azurecontainerapps.io`,
        configuration: {
          activeRevisionsMode: 'Single',
          ingress: {
            external: spec.external,
            targetPort: 8080,
            transport: 'Auto',
            allowInsecure: false,
            fqdn: `${spec.name}${spec.external ? '' : '.internal'}.kindsea-1a2b3c4d.westeurope.azurecontainerapps.io`,
            traffic: [{ latestRevision: true, weight: 100 }],
          },
        },
        template: {
          containers: [{ name: spec.name, image: RETURNS_IMAGE, resources: { cpu: 0.5, memory: '1Gi' }, env: [{ name: 'STORAGE_ACCOUNT', value: STORAGE.returns.name }] }],
          scale: { minReplicas: 1, maxReplicas: 5 },
        },
        outboundIpAddresses: ['203.0.113.121'],
      },
    })
  return [env, app(CONTAINER_APPS.returnsApi), app(CONTAINER_APPS.returnsWorker)]
}
export const containerAppIdOf = (name: string): string => idOf(CONTAINER_APPS.returnsApi.where, 'Microsoft.App/containerApps', name)

// ---- role assignments ----

const subScope = `/subscriptions/${AZURE_PROD.subscriptionId}`
const assignment = (name: string, scope: string, role: RoleName, principalId: string, principalType: AssignmentInput['principalType'] = 'ServicePrincipal'): AssignmentInput => ({
  guid: stableUuid(`ra:${name}`),
  subscriptionId: scope.split('/')[2] ?? AZURE_PROD.subscriptionId,
  scope,
  role,
  principalId,
  principalType,
})
const kvId = (kv: { where: Where; name: string }): string => idOf(kv.where, 'Microsoft.KeyVault/vaults', kv.name)
const rgScope = (where: Where): string => `/subscriptions/${where.subscriptionId}/resourceGroups/${where.resourceGroup}`

export const ASSIGNMENTS: readonly AssignmentInput[] = [
  assignment('shop-web-kv', kvId(KEY_VAULTS.prod), 'Key Vault Secrets User', MI.shopWeb.principalId),
  assignment('ops-runner-owner', subScope, 'Owner', MI.opsRunner.principalId),
  assignment('ops-runner-dr-reader', subScope, 'Reader', MI.opsRunnerDr.principalId),
  assignment('assistant-openai', openAiId, 'Cognitive Services OpenAI User', MI.assistant.principalId),
  assignment('assistant-dr-monitoring', rgScope(RG.ai), 'Monitoring Reader', MI.assistantDr.principalId),
  assignment('checkout-kv', kvId(KEY_VAULTS.payments), 'Key Vault Secrets User', MI.checkout.principalId),
  assignment('checkout-worker-reader', rgScope(RG.shop), 'Reader', MI.checkoutWorker.principalId),
  assignment('kubelet-orders', storageIdOf(STORAGE.orders), 'Storage Blob Data Reader', MI.kubelet.principalId),
  assignment('returns-api-storage', storageIdOf(STORAGE.returns), 'Storage Blob Data Reader', MI.returnsApi.principalId),
  assignment('platform-admins-owner', subScope, 'Owner', stableUuid('group:platform-admins'), 'Group'),
  assignment('security-readers', subScope, 'Reader', stableUuid('group:security-readers'), 'Group'),
  assignment('dev-platform-owner', `/subscriptions/${AZURE_DEV.subscriptionId}`, 'Owner', stableUuid('group:platform-admins'), 'Group'),
]

export const keyVaultIdOf = kvId
export const subscriptionScope = subScope
