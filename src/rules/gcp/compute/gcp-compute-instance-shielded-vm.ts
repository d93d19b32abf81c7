/** @module gcp-compute-instance-shielded-vm */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpComputeInstanceShieldedVm = defineRule({
  id: 'gcp-compute-instance-shielded-vm',
  title: 'VM instance runs as a Shielded VM with vTPM and integrity monitoring',
  description:
    'Shielded VM measures the boot chain into a virtual TPM and compares it with a known-good baseline, so boot- ' +
    'and kernel-level malware (rootkits, bootkits) is detected; without vTPM and integrity monitoring a tampered ' +
    'boot goes unnoticed.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['vulnerabilities'],
  remediation: {
    steps: [
      'Stop the instance, enable vTPM and integrity monitoring (and Secure Boot where the image supports it), start it again.',
      'Use Shielded VM images for new instances and the constraints/compute.requireShieldedVm organization policy.',
    ],
    cli: 'gcloud compute instances update <instance> --zone <zone> --shielded-vtpm --shielded-integrity-monitoring',
    terraform: 'shielded_instance_config {\n  enable_vtpm                 = true\n  enable_integrity_monitoring = true\n}',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    const vtpm = instance.bool('vtpm')
    const integrity = instance.bool('integrityMonitoring')
    if (vtpm === undefined && integrity === undefined && !hasResourceDocument(instance)) {
      return unknown(`instance ${instance.label}: its Shielded VM settings are not in the input`)
    }
    const off = [vtpm === true ? [] : ['vTPM'], integrity === true ? [] : ['integrity monitoring']].flat()
    return off.length === 0
      ? healthy(`instance ${instance.label} runs with vTPM and integrity monitoring`)
      : unhealthy(`instance ${instance.label} runs without ${off.join(' and ')}`, { disabled: off })
  },
})
