/** @module gcp-compute-instance-confidential-computing */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpComputeInstanceConfidentialComputing = defineRule({
  id: 'gcp-compute-instance-confidential-computing',
  title: 'VM instance runs as a Confidential VM',
  description:
    'Confidential VMs encrypt memory in use with a per-VM key held by the CPU (AMD SEV, Intel TDX), so data in ' +
    'memory is protected from the host and from other tenants; regular VMs leave it in clear.',
  severity: 'low',
  control: 'enable-enhanced-security-features',
  categories: ['encryption'],
  remediation: {
    steps: ['Recreate the instance on a machine type that supports Confidential Computing (N2D, C2D, C3) with confidential compute enabled.'],
    cli: 'gcloud compute instances create <instance> --zone <zone> --machine-type n2d-standard-2 --confidential-compute-type SEV --maintenance-policy TERMINATE',
    terraform: 'confidential_instance_config {\n  enable_confidential_compute = true\n}',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    const confidential = instance.bool('confidentialCompute') ?? (hasResourceDocument(instance) ? false : undefined)
    if (confidential === undefined) return unknown(`instance ${instance.label}: its confidential computing setting is not in the input`)
    return confidential
      ? healthy(`instance ${instance.label} is a Confidential VM`)
      : unhealthy(`instance ${instance.label} does not encrypt memory in use (not a Confidential VM)`)
  },
})
