/** @module azure-compute-disk-network-access-restricted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureComputeDiskNetworkAccessRestricted = defineRule({
  id: 'azure-compute-disk-network-access-restricted',
  title: 'Managed disk cannot be exported from every network',
  description:
    'With network access policy AllowAll (the default), anyone holding an export SAS of the disk can download ' +
    'it from any address. DenyAll, or AllowPrivate through a disk access resource, keeps exports inside your networks.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure', 'network-exposure'],
  remediation: {
    steps: ['Set the disk network access policy to DenyAll, or AllowPrivate with a disk access private endpoint, and disable public network access.'],
    cli: 'az disk update --name <disk> --resource-group <rg> --network-access-policy DenyAll --public-network-access Disabled',
    terraform: 'network_access_policy         = "DenyAll"\npublic_network_access_enabled = false',
  },
  target: { kinds: ['azure.compute.disk', 'azure.compute.snapshot'] },
  evaluate: (disk) => {
    // ARM omits the policy on disks that kept the default, AllowAll.
    const policy = disk.str('networkAccessPolicy') ?? 'allowall'
    return policy === 'allowall' && disk.str('publicNetworkAccess') !== 'disabled'
      ? unhealthy(`disk ${disk.label} can be exported from any network (network access policy AllowAll)`)
      : healthy(`disk ${disk.label} restricts exports (${policy})`)
  },
})
