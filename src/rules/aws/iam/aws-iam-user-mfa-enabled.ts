/** @module aws-iam-user-mfa-enabled */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsIamUserMfaEnabled = defineRule({
  id: 'aws-iam-user-mfa-enabled',
  title: 'IAM user signs in with multi-factor authentication',
  description:
    'An IAM user without an MFA device can sign in with a password alone; a phished or reused password is enough to ' +
    'take over the user and everything it may do. The reference system also raises no-mfa on such users.',
  severity: 'high',
  control: 'enable-mfa',
  categories: ['identity'],
  remediation: {
    steps: [
      'Assign a virtual or hardware MFA device to the user (IAM console, Security credentials).',
      'Add a policy that denies everything but MFA management while aws:MultiFactorAuthPresent is false.',
      'Prefer IAM Identity Center users over IAM users for people.',
    ],
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile qr.png --bootstrap-method QRCodePNG',
  },
  target: { kinds: ['aws.iam.user'] },
  evaluate: (user) => {
    const hasPassword = user.bool('passwordEnabled')
    if (hasPassword === false) return notApplicable(`user ${user.label} has no console password`)
    return user.needBool('mfaEnabled')
      ? healthy(`user ${user.label} has an MFA device`)
      : unhealthy(`user ${user.label} has no MFA device`)
  },
})
