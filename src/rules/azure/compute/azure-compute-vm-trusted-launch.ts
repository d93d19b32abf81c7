/** @module azure-compute-vm-trusted-launch */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureComputeVmTrustedLaunch = defineRule({
  id: 'azure-compute-vm-trusted-launch',
  title: 'Virtual machine uses Trusted Launch with Secure Boot and vTPM',
  description:
    'Trusted Launch with Secure Boot and a virtual TPM blocks boot kits and rootkits from loading before the OS ' +
    'and lets boot integrity be attested; standard-security VMs boot whatever is on the disk.',
  severity: 'low',
  control: 'remediate-security-configurations',
  categories: ['vulnerabilities'],
  remediation: {
    steps: ['Enable Trusted Launch on the VM (Gen2 image required), with Secure Boot and vTPM on.'],
    cli: 'az vm update --name <vm> --resource-group <rg> --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true',
    terraform: 'secure_boot_enabled = true\nvtpm_enabled        = true',
  },
  target: { kinds: ['azure.compute.virtualmachine', 'azure.compute.virtualmachinescaleset'] },
  evaluate: (vm) => {
    const type = vm.str('securityType')
    if (type === undefined) {
      return vm.str('vmSize') === undefined
        ? unknown(`VM ${vm.label}: its security profile is not in the input`)
        : unhealthy(`VM ${vm.label} uses standard security (no Trusted Launch)`)
    }
    if (type !== 'trustedlaunch' && type !== 'confidentialvm') return unhealthy(`VM ${vm.label} uses security type ${type}`)
    const missing = [vm.bool('secureBootEnabled') === true ? undefined : 'Secure Boot', vm.bool('vTpmEnabled') === true ? undefined : 'vTPM'].filter((m) => m !== undefined)
    return missing.length === 0
      ? healthy(`VM ${vm.label} uses ${type} with Secure Boot and vTPM`)
      : unhealthy(`VM ${vm.label} uses ${type} without ${missing.join(' and ')}`)
  },
})
