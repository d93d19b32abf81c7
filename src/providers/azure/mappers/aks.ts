/**
 * @module AKS clusters and their node pools. Reads ARM casing (`enableRBAC`, `authorizedIPRanges`)
 * and, through case-insensitive `field`, the `az aks show` casing too (formats.md §A2 gotcha).
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { azureSubscriptionNodeId } from '../../ids.js'
import { armRef } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import { AZURE_KINDS } from '../azure-kinds.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'

/** The kubelet identity runs on every node: cluster and node pools can authenticate as it. */
function kubeletIdentity(row: ArmRow, out: RowSink): JsonObject | undefined {
  const kubelet = asObject(at(row.properties, 'identityProfile', 'kubeletidentity'))
  if (kubelet === undefined) return undefined
  const resourceId = armRef(field(kubelet, 'resourceId'))
  const objectId = lower(field(kubelet, 'objectId'))
  if (resourceId !== undefined) {
    out.edge(row.id, 'can-authenticate-as', resourceId, { identity: 'kubelet' })
    if (objectId !== undefined) out.join.principal(objectId, resourceId)
  }
  return compact({ clientId: lower(field(kubelet, 'clientId')), objectId, resourceId })
}

function emitAgentPools(row: ArmRow, kubeletId: string | undefined, out: RowSink): JsonObject[] {
  return asArray(field(row.properties, 'agentPoolProfiles')).flatMap((value) => {
    const pool = asObject(value)
    const name = asString(field(pool, 'name'))
    if (pool === undefined || name === undefined) return []
    const id = `${row.id}/agentpools/${name.toLowerCase()}`
    const subnetId = armRef(field(pool, 'vnetSubnetID'))
    const facts = compact({
      name,
      mode: lower(field(pool, 'mode')),
      count: asNumber(field(pool, 'count')),
      vmSize: asString(field(pool, 'vmSize')),
      osType: lower(field(pool, 'osType')),
      orchestratorVersion: asString(field(pool, 'orchestratorVersion')),
      enableNodePublicIp: asBoolean(field(pool, 'enableNodePublicIP')),
      nodePublicIpPrefixId: armRef(field(pool, 'nodePublicIPPrefixID')),
      maxPods: asNumber(field(pool, 'maxPods')),
      subnetId,
      enableEncryptionAtHost: asBoolean(field(pool, 'enableEncryptionAtHost')),
    })
    out.node({
      id,
      kind: 'azure.containerservice.agentpool',
      family: AZURE_KINDS['azure.containerservice.agentpool'].family,
      provider: 'azure',
      scope: row.scope,
      name: `${row.name}/${name}`,
      region: row.region,
      props: { ...facts, clusterId: row.id },
    })
    out.edge(row.id, 'contains', id)
    if (subnetId !== undefined) out.edge(id, 'attached-to', subnetId)
    if (kubeletId !== undefined) out.edge(id, 'can-authenticate-as', kubeletId, { identity: 'kubelet' })
    return [facts]
  })
}

export const mapManagedCluster: RowMapper = (row, out) => {
  const p = row.properties
  const access = asObject(field(p, 'apiServerAccessProfile'))
  const authorizedIpRanges = strings(field(access, 'authorizedIPRanges'))
  const privateCluster = asBoolean(field(access, 'enablePrivateCluster')) === true
  const aad = asObject(field(p, 'aadProfile'))
  const nodeResourceGroup = asString(field(p, 'nodeResourceGroup'))?.toLowerCase()
  const kubelet = kubeletIdentity(row, out)
  const kubeletId = asString(kubelet?.['resourceId'])
  return compact({
    kubernetesVersion: asString(field(p, 'currentKubernetesVersion')) ?? asString(field(p, 'kubernetesVersion')),
    fqdn: asString(field(p, 'fqdn')),
    privateFqdn: asString(field(p, 'privateFQDN')),
    rbacEnabled: asBoolean(field(p, 'enableRBAC')),
    aadManaged: asBoolean(field(aad, 'managed')),
    azureRbacEnabled: asBoolean(field(aad, 'enableAzureRBAC')),
    adminGroupObjectIds: strings(field(aad, 'adminGroupObjectIDs')).map((id) => id.toLowerCase()),
    localAccountsDisabled: asBoolean(field(p, 'disableLocalAccounts')) === true,
    authorizedIpRanges,
    privateCluster,
    privateClusterPublicFqdn: asBoolean(field(access, 'enablePrivateClusterPublicFQDN')),
    // formats.md §A2: not private and no authorized ranges means the API server is open to any IP.
    apiServerPublic: !privateCluster,
    apiServerUnrestricted: !privateCluster && authorizedIpRanges.length === 0,
    networkPlugin: lower(at(p, 'networkProfile', 'networkPlugin')),
    networkPolicy: lower(at(p, 'networkProfile', 'networkPolicy')),
    nodeResourceGroup,
    nodeResourceGroupId:
      nodeResourceGroup === undefined || row.arm.subscriptionId === undefined
        ? undefined
        : `${azureSubscriptionNodeId(row.arm.subscriptionId)}/resourcegroups/${nodeResourceGroup}`,
    kubeletIdentity: kubelet,
    oidcIssuerEnabled: asBoolean(at(p, 'oidcIssuerProfile', 'enabled')),
    workloadIdentityEnabled: asBoolean(at(p, 'securityProfile', 'workloadIdentity', 'enabled')),
    azurePolicyEnabled: asBoolean(at(p, 'addonProfiles', 'azurepolicy', 'enabled')),
    agentPools: emitAgentPools(row, kubeletId, out),
  })
}
