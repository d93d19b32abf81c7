/** @module aws-iam-user-access-keys-rotated */
import { defineRule, healthy, notApplicable, text, unhealthy, unknown } from '../../rule-kit.js'
import { activeKeys } from './access-keys.js'
import { ageInDays, observedAt } from './age.js'

const MAXIMUM_DAYS = 90

export const awsIamUserAccessKeysRotated = defineRule({
  id: 'aws-iam-user-access-keys-rotated',
  title: 'IAM user access keys are rotated every 90 days',
  description:
    'Access keys never expire. A key that has been active for months has had time to land in shell histories, CI ' +
    'logs and laptops; rotating it bounds how long a leaked copy keeps working.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: [
      'Create a second key, move every use to it, deactivate the old key, and delete it once nothing fails.',
      'Better: replace long-lived keys with roles (IAM Identity Center, instance profiles, OIDC federation).',
    ],
    cli: 'aws iam create-access-key --user-name <user> && aws iam update-access-key --user-name <user> --access-key-id <old-id> --status Inactive',
  },
  target: { kinds: ['aws.iam.user'] },
  evaluate: (user) => {
    const now = observedAt(user)
    const keys = activeKeys(user)
    if (keys === undefined) return unknown(`user ${user.label}: its access keys are not in the input`)
    if (keys.count === 0) return notApplicable(`user ${user.label} has no active access keys`)
    if (keys.active.length === 0) return unknown(`user ${user.label}: the creation dates of its keys are not in the input`)
    const old = keys.active.filter((key) => (ageInDays(key['createdAt'], now) ?? 0) > MAXIMUM_DAYS)
    if (old.length > 0) {
      return unhealthy(`user ${user.label} has access key ${old.map((key) => `${text(key['accessKeyId'])} (${String(ageInDays(key['createdAt'], now))} days old)`).join(', ')}`)
    }
    return keys.active.every((key) => ageInDays(key['createdAt'], now) !== undefined)
      ? healthy(`user ${user.label} has no active access key older than ${String(MAXIMUM_DAYS)} days`)
      : unknown(`user ${user.label}: the creation dates of its keys are not in the input`)
  },
})
