/** @module aws-iam-user-unused-credentials */
import { defineRule, healthy, notApplicable, text, unhealthy, unknown } from '../../rule-kit.js'
import { activeKeys } from './access-keys.js'
import { ageInDays, observedAt } from './age.js'

const MAXIMUM_IDLE_DAYS = 45

export const awsIamUserUnusedCredentials = defineRule({
  id: 'aws-iam-user-unused-credentials',
  title: 'IAM user has no password or access key unused for 45 days',
  description:
    'A console password or access key nobody has used for weeks belongs to someone who left or a process that ' +
    'was retired; it still works for whoever finds it. Unused credentials should be disabled. Idle time is ' +
    'counted up to the newest IAM activity recorded for the account, so an old export is judged as of its own date.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Deactivate access keys and remove console passwords not used in the last 45 days; delete the user if nothing is left.'],
    cli: 'aws iam update-access-key --user-name <user> --access-key-id <id> --status Inactive && aws iam delete-login-profile --user-name <user>',
  },
  target: { kinds: ['aws.iam.user'] },
  evaluate: (user) => {
    const now = observedAt(user)
    const stale: string[] = []
    let known = false
    const password = user.bool('passwordEnabled')
    if (password !== undefined) {
      known = true
      if (password) {
        // Never used: count from when the user was created.
        const idle = ageInDays(user.str('passwordLastUsedAt') ?? user.str('createdAt'), now)
        if (idle !== undefined && idle > MAXIMUM_IDLE_DAYS) stale.push(`password unused for ${String(idle)} days`)
      }
    }
    const keys = activeKeys(user)
    for (const key of keys?.active ?? []) {
      known = true
      const idle = ageInDays(key['lastUsedAt'] ?? key['createdAt'], now)
      if (idle !== undefined && idle > MAXIMUM_IDLE_DAYS) stale.push(`access key ${text(key['accessKeyId'])} unused for ${String(idle)} days`)
    }
    if (!known) return unknown(`user ${user.label}: its password and the last use of its keys are not in the input`)
    if (stale.length > 0) return unhealthy(`user ${user.label} has ${stale.join(' and ')}`)
    return password === false && keys?.count === 0
      ? notApplicable(`user ${user.label} has neither a password nor an active access key`)
      : healthy(`user ${user.label} used its credentials in the last ${String(MAXIMUM_IDLE_DAYS)} days`)
  },
})
