/** @module gcp-compute-instance-os-login-enabled */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const gcpComputeInstanceOsLoginEnabled = defineRule({
  id: 'gcp-compute-instance-os-login-enabled',
  title: 'Compute Engine instance does not turn OS Login off',
  description:
    'OS Login ties SSH access to IAM identities (revoked with the account, audited, 2FA-capable); turning it off ' +
    'on an instance falls back to SSH keys in metadata that nobody rotates or revokes.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Set enable-oslogin=TRUE in project metadata and remove enable-oslogin=FALSE from the instance metadata.'],
    cli: 'gcloud compute instances add-metadata <instance> --zone <zone> --metadata enable-oslogin=TRUE',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (node) => {
    node.needStrings('metadataKeys')
    const enabled = node.bool('osLoginEnabled')
    if (enabled === undefined) return unknown(`instance ${node.label} leaves OS Login to project metadata, which is not in the input`)
    return enabled ? healthy(`instance ${node.label} enables OS Login`) : unhealthy(`instance ${node.label} turns OS Login off (enable-oslogin=FALSE)`)
  },
})
