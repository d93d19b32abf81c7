/** @module aws-kms-key-not-pending-deletion */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsKmsKeyNotPendingDeletion = defineRule({
  id: 'aws-kms-key-not-pending-deletion',
  title: 'KMS key is not scheduled for deletion',
  description:
    'Once the waiting period ends, a deleted key is gone for good and every ciphertext, snapshot and volume it ' +
    'protects becomes unrecoverable. A scheduled deletion deserves a check that nothing still depends on the key; ' +
    'an attacker with kms:ScheduleKeyDeletion can use it for ransom.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience', 'encryption'],
  remediation: {
    steps: ['If the deletion was not intended, cancel it and re-enable the key; otherwise confirm in CloudTrail that the key is unused.'],
    cli: 'aws kms cancel-key-deletion --key-id <key-id> && aws kms enable-key --key-id <key-id>',
  },
  target: { kinds: ['aws.kms.key'] },
  evaluate: (key) => {
    if (key.str('keyManager') === 'AWS') return notApplicable(`key ${key.label} is AWS managed`)
    const state = key.needStr('keyState')
    return state === 'PendingDeletion' || state === 'PendingReplicaDeletion'
      ? unhealthy(`key ${key.label} is scheduled for deletion (${state})`)
      : healthy(`key ${key.label} is ${state}`)
  },
})
