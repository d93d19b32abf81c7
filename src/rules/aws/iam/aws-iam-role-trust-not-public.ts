/** @module aws-iam-role-trust-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { publicStatements } from '../resource-policy.js'

export const awsIamRoleTrustNotPublic = defineRule({
  id: 'aws-iam-role-trust-not-public',
  title: 'IAM role cannot be assumed by every AWS principal',
  description:
    'A trust policy that allows Principal "*" (or {"AWS": "*"}) without an account or organization condition lets ' +
    'any principal in any AWS account assume the role and use its permissions.',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'identity'],
  remediation: {
    steps: ['Name the trusted accounts or roles in the trust policy, or add an aws:PrincipalOrgID / aws:PrincipalAccount condition.'],
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
  },
  target: { kinds: ['aws.iam.role'] },
  evaluate: (role) => {
    const open = publicStatements(role.needObj('trustPolicy'))
    return open.length === 0
      ? healthy(`role ${role.label} trusts named principals only`)
      : unhealthy(`role ${role.label} can be assumed by any AWS principal`)
  },
})
