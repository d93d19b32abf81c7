/** @module aws-kms-key-rotation-enabled */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsKmsKeyRotationEnabled = defineRule({
  id: 'aws-kms-key-rotation-enabled',
  title: 'Customer managed symmetric KMS key rotates automatically',
  description:
    'Automatic rotation replaces the key material yearly (or on the configured period) while old ciphertext stays ' +
    'readable; without it one key material protects data for as long as the key lives.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Enable automatic key rotation on the key.'],
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
  },
  target: { kinds: ['aws.kms.key'] },
  evaluate: (node) => {
    if (node.str('keyManager') === 'AWS') return notApplicable(`key ${node.label} is AWS managed and rotated by AWS`)
    const spec = node.str('keySpec')
    if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return notApplicable(`key ${node.label} is ${spec}, which KMS cannot rotate automatically`)
    if (node.str('origin') === 'EXTERNAL') return notApplicable(`key ${node.label} has imported key material, which KMS cannot rotate`)
    if (node.str('keyState') === 'PendingDeletion') return notApplicable(`key ${node.label} is pending deletion`)
    return node.needBool('rotationEnabled')
      ? healthy(`key ${node.label} rotates automatically`)
      : unhealthy(`key ${node.label} has automatic rotation disabled`)
  },
})
