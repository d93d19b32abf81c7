/** @module azure-compute-vm-managed-disks */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureComputeVmManagedDisks = defineRule({
  id: 'azure-compute-vm-managed-disks',
  title: 'Virtual machine uses managed disks',
  description:
    'An unmanaged disk is a VHD blob in a storage account: anyone with the account key or a SAS can copy the ' +
    'whole disk, and it misses managed-disk encryption options, RBAC on the disk and network access policies.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption', 'data-exposure'],
  remediation: {
    steps: ['Deallocate the VM and convert its disks to managed disks.'],
    cli: 'az vm deallocate --name <vm> --resource-group <rg> && az vm convert --name <vm> --resource-group <rg>',
  },
  target: { kinds: ['azure.compute.virtualmachine'] },
  evaluate: (vm) => {
    if (vm.str('osDiskId') !== undefined) return healthy(`VM ${vm.label} uses managed disks`)
    const vhd = vm.str('config.storageProfile.osDisk.vhd.uri')
    return vhd === undefined
      ? unknown(`VM ${vm.label}: its storage profile is not in the input`)
      : unhealthy(`VM ${vm.label} boots from an unmanaged VHD blob (${vhd.split('?')[0] ?? vhd})`)
  },
})
