/** @module Virtual machines, scale sets and disks. */
import { armRef } from '../arm-id.js'
import { refId, refIds, subResources } from '../arm-refs.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower } from '../../shared/json-access.js'
import type { JsonObject } from '../../../model/graph-types.js'
import type { RowMapper } from '../row-mapper.js'

function imageReference(value: unknown): JsonObject | undefined {
  const image = asObject(value)
  if (image === undefined) return undefined
  return compact({
    publisher: asString(field(image, 'publisher')),
    offer: asString(field(image, 'offer')),
    sku: asString(field(image, 'sku')),
    version: asString(field(image, 'exactVersion')) ?? asString(field(image, 'version')),
    id: asString(field(image, 'id'))?.toLowerCase(),
  })
}

/** The OS login surface shared by VMs and scale-set profiles. */
function osProfile(profile: unknown): JsonObject {
  const os = asObject(profile)
  const linux = asObject(field(os, 'linuxConfiguration'))
  return compact({
    adminUsername: asString(field(os, 'adminUsername')),
    passwordAuthenticationDisabled: asBoolean(field(linux, 'disablePasswordAuthentication')),
    sshPublicKeyCount: linux === undefined ? undefined : asArray(at(linux, 'ssh', 'publicKeys')).length,
    provisionVmAgent:
      asBoolean(field(linux, 'provisionVMAgent')) ?? asBoolean(at(os, 'windowsConfiguration', 'provisionVMAgent')),
  })
}

function securityProfile(profile: unknown): JsonObject {
  const security = asObject(profile)
  return compact({
    securityType: lower(field(security, 'securityType')),
    encryptionAtHost: asBoolean(field(security, 'encryptionAtHost')),
    secureBootEnabled: asBoolean(at(security, 'uefiSettings', 'secureBootEnabled')),
    vTpmEnabled: asBoolean(at(security, 'uefiSettings', 'vTpmEnabled')),
  })
}

export const mapVirtualMachine: RowMapper = (row, out) => {
  const p = row.properties
  const networkInterfaceIds = refIds(at(p, 'networkProfile', 'networkInterfaces'))
  for (const nic of networkInterfaceIds) out.edge(nic, 'attached-to', row.id)
  const osDiskId = armRef(at(p, 'storageProfile', 'osDisk', 'managedDisk', 'id'))
  const dataDiskIds = asArray(at(p, 'storageProfile', 'dataDisks')).flatMap(
    (disk) => armRef(at(asObject(disk), 'managedDisk', 'id')) ?? [],
  )
  for (const disk of [...(osDiskId === undefined ? [] : [osDiskId]), ...dataDiskIds]) out.edge(disk, 'attached-to', row.id)
  const powerState = asString(at(p, 'extended', 'instanceView', 'powerState', 'code'))
  return compact({
    vmSize: asString(at(p, 'hardwareProfile', 'vmSize')),
    osType: lower(at(p, 'storageProfile', 'osDisk', 'osType')),
    imageReference: imageReference(at(p, 'storageProfile', 'imageReference')),
    osDiskId,
    dataDiskIds,
    networkInterfaceIds,
    computerName: asString(at(p, 'osProfile', 'computerName')),
    ...osProfile(field(p, 'osProfile')),
    ...securityProfile(field(p, 'securityProfile')),
    powerState: powerState?.replace(/^PowerState\//i, '').toLowerCase(),
    availabilitySetId: refId(field(p, 'availabilitySet')),
    virtualMachineScaleSetId: refId(field(p, 'virtualMachineScaleSet')),
  })
}

export const mapVirtualMachineScaleSet: RowMapper = (row, out) => {
  const profile = asObject(field(row.properties, 'virtualMachineProfile'))
  const subnetIds = new Set<string>()
  const networkSecurityGroupIds = new Set<string>()
  const loadBalancerBackendPoolIds: string[] = []
  let hasPublicIpConfiguration = false
  for (const { props: nic } of subResources(at(profile, 'networkProfile', 'networkInterfaceConfigurations'))) {
    const nsg = refId(field(nic, 'networkSecurityGroup'))
    if (nsg !== undefined) networkSecurityGroupIds.add(nsg)
    for (const { props: ip } of subResources(field(nic, 'ipConfigurations'))) {
      const subnet = refId(field(ip, 'subnet'))
      if (subnet !== undefined) subnetIds.add(subnet)
      if (field(ip, 'publicIPAddressConfiguration') != null) hasPublicIpConfiguration = true
      loadBalancerBackendPoolIds.push(...refIds(field(ip, 'loadBalancerBackendAddressPools')))
    }
  }
  for (const subnet of subnetIds) out.edge(row.id, 'attached-to', subnet)
  for (const nsg of networkSecurityGroupIds) out.edge(row.id, 'protected-by', nsg)
  return compact({
    capacity: asNumber(at(row.raw, 'sku', 'capacity')),
    vmSize: asString(at(row.raw, 'sku', 'name')),
    orchestrationMode: lower(field(row.properties, 'orchestrationMode')),
    upgradeMode: lower(at(row.properties, 'upgradePolicy', 'mode')),
    osType: lower(at(profile, 'storageProfile', 'osDisk', 'osType')),
    imageReference: imageReference(at(profile, 'storageProfile', 'imageReference')),
    ...osProfile(field(profile, 'osProfile')),
    ...securityProfile(field(profile, 'securityProfile')),
    subnetIds: [...subnetIds],
    networkSecurityGroupIds: [...networkSecurityGroupIds],
    loadBalancerBackendPoolIds,
    hasPublicIpConfiguration,
  })
}

/** Disks and snapshots: encryption and network access; a disk's `managedBy` is its VM. */
export const mapDisk: RowMapper = (row, out) => {
  const p = row.properties
  const managedBy = armRef(field(row.raw, 'managedBy'))
  if (managedBy !== undefined) out.edge(row.id, 'attached-to', managedBy)
  return compact({
    sizeGb: asNumber(field(p, 'diskSizeGB')),
    diskState: lower(field(p, 'diskState')),
    osType: lower(field(p, 'osType')),
    encryptionType: asString(at(p, 'encryption', 'type')),
    diskEncryptionSetId: armRef(at(p, 'encryption', 'diskEncryptionSetId')),
    networkAccessPolicy: lower(field(p, 'networkAccessPolicy')),
    sourceResourceId: armRef(at(p, 'creationData', 'sourceResourceId')),
  })
}
