/** @module Compute nodes as the Azure Resource Graph reader maps them (providers/azure/mappers/compute.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const SUBSCRIPTION = '/subscriptions/00000000-0000-4000-8000-000000000001'

export const LINUX_VM: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-app/providers/microsoft.compute/virtualmachines/vm-app-1`,
  kind: 'azure.compute.virtualmachine',
  family: 'vm',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'vm-app-1',
  props: {
    armType: 'microsoft.compute/virtualmachines', vmSize: 'Standard_D2s_v5', osType: 'linux', adminUsername: 'azureuser',
    passwordAuthenticationDisabled: true, sshPublicKeyCount: 1, securityType: 'trustedlaunch', secureBootEnabled: true, vTpmEnabled: true,
    encryptionAtHost: true, osDiskId: `${SUBSCRIPTION}/resourcegroups/rg-app/providers/microsoft.compute/disks/vm-app-1-os`, dataDiskIds: [],
  },
}

export const DISK: NodeInput = {
  id: `${SUBSCRIPTION}/resourcegroups/rg-app/providers/microsoft.compute/disks/vm-app-1-os`,
  kind: 'azure.compute.disk',
  family: 'disk',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'vm-app-1-os',
  props: { armType: 'microsoft.compute/disks', sizeGb: 64, diskState: 'attached', encryptionType: 'EncryptionAtRestWithPlatformKey', networkAccessPolicy: 'denyall', publicNetworkAccess: 'disabled' },
}
