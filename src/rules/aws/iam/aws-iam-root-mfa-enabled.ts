/** @module aws-iam-root-mfa-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsIamRootMfaEnabled = defineRule({
  id: 'aws-iam-root-mfa-enabled',
  title: 'Root user of the account signs in with MFA',
  description:
    'The root user can do anything in the account, including closing it and changing its contact details, and no ' +
    'policy can restrict it. With a password alone, one phished or reused password gives the account away.',
  severity: 'critical',
  control: 'enable-mfa',
  categories: ['identity'],
  remediation: {
    steps: ['Sign in as root, open Security credentials and assign a hardware or virtual MFA device (several are allowed).'],
  },
  target: { kinds: ['aws.account'] },
  // rootMfaEnabled comes from the IAM credential report (<root_account> row).
  evaluate: (account) =>
    account.needBool('rootMfaEnabled')
      ? healthy(`account ${account.label}: the root user has MFA`)
      : unhealthy(`account ${account.label}: the root user has no MFA device`),
})
