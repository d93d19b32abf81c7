/** @module azure-compute-vm-encryption-at-host */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureComputeVmEncryptionAtHost = defineRule({
  id: 'azure-compute-vm-encryption-at-host',
  title: 'Virtual machine encrypts temporary disks and caches at the host',
  description:
    'Server-side encryption covers managed disks but not the temporary disk or the disk caches on the host; ' +
    'encryption at host encrypts those too, end to end into Azure Storage.',
  severity: 'low',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Register the EncryptionAtHost feature, deallocate the VM, enable encryption at host and start it again.'],
    cli: 'az vm update --name <vm> --resource-group <rg> --set securityProfile.encryptionAtHost=true',
    terraform: 'encryption_at_host_enabled = true',
  },
  target: { kinds: ['azure.compute.virtualmachine', 'azure.compute.virtualmachinescaleset'] },
  evaluate: (vm) => {
    if (vm.bool('encryptionAtHost') === true) return healthy(`VM ${vm.label} encrypts at the host`)
    // securityProfile is omitted when nothing in it is set; the VM size tells a full row from a partial one.
    return vm.str('vmSize') === undefined
      ? unknown(`VM ${vm.label}: its security profile is not in the input`)
      : unhealthy(`VM ${vm.label} leaves its temporary disk and caches unencrypted at the host`)
  },
})
