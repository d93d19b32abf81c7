/** @module gcp-iam-service-account-key-rotated */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'

const DAY_MS = 86_400_000
const MAX_AGE_DAYS = 90

export const gcpIamServiceAccountKeyRotated = defineRule({
  id: 'gcp-iam-service-account-key-rotated',
  title: 'User-managed service account key is at most 90 days old',
  description:
    'The longer a key lives the more copies of it exist (backups, laptops, CI logs) and the longer a leaked copy stays valid; rotating within 90 days bounds that window.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Create a new key, deploy it where the old one was used, then delete the old key; better, replace keys with attached service accounts or Workload Identity Federation.'],
    cli: 'gcloud iam service-accounts keys create new-key.json --iam-account=<sa-email> && gcloud iam service-accounts keys delete <old-key-id> --iam-account=<sa-email>',
  },
  target: { kinds: ['gcp.iam.serviceaccountkey'] },
  evaluate: (key) => {
    if (key.needStr('keyType') !== 'user_managed') return notApplicable(`key ${key.label} is rotated by Google`)
    if (key.bool('disabled') === true) return notApplicable(`key ${key.label} is disabled`)
    const created = key.needStr('validAfterTime')
    const age = Math.floor((Date.now() - Date.parse(created)) / DAY_MS)
    if (Number.isNaN(age)) return unknown(`key ${key.label}: its creation time ${created} is not a date`)
    return age <= MAX_AGE_DAYS
      ? healthy(`key ${key.label} is ${age} days old`)
      : unhealthy(`key ${key.label} is ${age} days old (created ${created}), more than ${MAX_AGE_DAYS}`, { ageDays: age })
  },
})
