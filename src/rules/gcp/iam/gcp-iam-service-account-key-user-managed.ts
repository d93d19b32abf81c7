/** @module gcp-iam-service-account-key-user-managed */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpIamServiceAccountKeyUserManaged = defineRule({
  id: 'gcp-iam-service-account-key-user-managed',
  title: 'Service account has no user-managed key',
  description:
    'A user-managed key is a long-lived credential file: it leaves Google\'s control when downloaded, ends up in repositories, laptops and CI variables, and works from anywhere until someone deletes it.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Delete the key and switch the workload to attached service accounts, Workload Identity (GKE) or Workload Identity Federation (outside Google Cloud).', 'Block new keys with the iam.disableServiceAccountKeyCreation organization policy.'],
    cli: 'gcloud iam service-accounts keys delete <key-id> --iam-account=<sa-email>',
  },
  target: { kinds: ['gcp.iam.serviceaccountkey'] },
  evaluate: (key) => {
    const type = key.needStr('keyType')
    if (key.bool('disabled') === true) return notApplicable(`key ${key.label} is disabled`)
    return type === 'user_managed'
      ? unhealthy(`key ${key.label} is a user-managed key${key.str('validAfterTime') === undefined ? '' : ` created ${key.str('validAfterTime')!}`}`)
      : healthy(`key ${key.label} is managed by Google (${type})`)
  },
})
