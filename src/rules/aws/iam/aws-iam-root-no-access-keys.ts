/** @module aws-iam-root-no-access-keys */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsIamRootNoAccessKeys = defineRule({
  id: 'aws-iam-root-no-access-keys',
  title: 'Root user of the account has no active access keys',
  description:
    'Root access keys carry unrestricted power over the account, cannot be limited by any policy or MFA, and live ' +
    'in files and scripts where they leak. Nothing requires them: use roles instead.',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Sign in as root, find where the keys are used (last used date), move that use to an IAM role, then delete the keys.'],
  },
  target: { kinds: ['aws.account'] },
  // rootActiveAccessKeyCount comes from the IAM credential report (<root_account> row).
  evaluate: (account) => {
    const count = account.needNum('rootActiveAccessKeyCount')
    return count === 0
      ? healthy(`account ${account.label}: the root user has no active access keys`)
      : unhealthy(`account ${account.label}: the root user has ${String(count)} active access key${count === 1 ? '' : 's'}`)
  },
})
