/** @module aws-kms-key-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsKmsKeyNotPublic = defineRule({
  id: 'aws-kms-key-not-public',
  title: 'KMS key policy does not grant access to everyone',
  description:
    'A key policy statement for Principal "*" without an account, organization or kms:ViaService condition lets ' +
    'principals of any AWS account use or manage the key, and so decrypt everything it protects.',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'encryption'],
  remediation: {
    steps: ['Replace Principal "*" with the account root or named roles, or add an aws:PrincipalOrgID / kms:CallerAccount condition.'],
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
  },
  target: { kinds: ['aws.kms.key'] },
  evaluate: (key) => {
    const open = publicStatements(key.needObj('resourcePolicy'))
    return open.length === 0
      ? healthy(`key ${key.label} grants no access to everyone`)
      : unhealthy(`key ${key.label} lets any AWS principal call ${actionsOf(open)}`)
  },
})
