/** @module gcp-compute-instance-block-project-ssh-keys */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpComputeInstanceBlockProjectSshKeys = defineRule({
  id: 'gcp-compute-instance-block-project-ssh-keys',
  title: 'Compute Engine instance blocks project-wide SSH keys',
  description:
    'Project-wide SSH keys log in to every instance of the project that does not block them: one leaked key ' +
    'opens them all.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Set block-project-ssh-keys=TRUE on the instance, or use OS Login instead of metadata SSH keys.'],
    cli: 'gcloud compute instances add-metadata <instance> --zone <zone> --metadata block-project-ssh-keys=TRUE',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (node) => {
    node.needStrings('metadataKeys')
    // With OS Login on, metadata SSH keys are ignored.
    if (node.bool('osLoginEnabled') === true) return notApplicable(`instance ${node.label} uses OS Login, which ignores metadata SSH keys`)
    return node.bool('blockProjectSshKeys') === true
      ? healthy(`instance ${node.label} blocks project-wide SSH keys`)
      : unhealthy(`instance ${node.label} accepts project-wide SSH keys (no block-project-ssh-keys)`)
  },
})
