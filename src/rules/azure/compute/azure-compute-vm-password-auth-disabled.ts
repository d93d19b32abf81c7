/** @module azure-compute-vm-password-auth-disabled */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const azureComputeVmPasswordAuthDisabled = defineRule({
  id: 'azure-compute-vm-password-auth-disabled',
  title: 'Linux VM accepts SSH keys only, not passwords',
  description:
    'A Linux VM or scale set with password authentication lets SSH brute force and credential stuffing work ' +
    'against its admin account; SSH keys (or Microsoft Entra login) cannot be guessed.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Add an SSH public key for the admin user, set PasswordAuthentication no in sshd_config, and redeploy with disablePasswordAuthentication.'],
    cli: 'az vm user update --name <vm> --resource-group <rg> --username <admin> --ssh-key-value @~/.ssh/id_ed25519.pub',
    terraform: 'disable_password_authentication = true',
  },
  target: { kinds: ['azure.compute.virtualmachine', 'azure.compute.virtualmachinescaleset'] },
  evaluate: (vm) => {
    const os = vm.needStr('osType')
    if (os !== 'linux') return notApplicable(`${vm.label} runs ${os}`)
    return vm.needBool('passwordAuthenticationDisabled')
      ? healthy(`VM ${vm.label} accepts SSH keys only`)
      : unhealthy(`VM ${vm.label} accepts password logins for ${vm.str('adminUsername') ?? 'its admin user'}`)
  },
})
