/** @module aws-iam-user-single-active-access-key */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { activeKeys } from './access-keys.js'

export const awsIamUserSingleActiveAccessKey = defineRule({
  id: 'aws-iam-user-single-active-access-key',
  title: 'IAM user has at most one active access key',
  description:
    'Two active keys are meant to be a short overlap during rotation. Left in place, the second key doubles the ' +
    'credentials that can leak and usually means the old one is still used somewhere nobody tracks.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Find which key is still used (last used date), move that use to one key and deactivate, then delete the other.'],
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive',
  },
  target: { kinds: ['aws.iam.user'] },
  evaluate: (user) => {
    const keys = activeKeys(user)
    if (keys === undefined) return unknown(`user ${user.label}: its access keys are not in the input`)
    return keys.count <= 1
      ? healthy(`user ${user.label} has ${String(keys.count)} active access key${keys.count === 1 ? '' : 's'}`)
      : unhealthy(`user ${user.label} has ${String(keys.count)} active access keys`)
  },
})
