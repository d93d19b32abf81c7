/** @module aws-iam-policy-no-full-admin */
import type { JsonValue } from '../../../model/graph-types.js'
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { statementsOf } from '../resource-policy.js'

const list = (value: JsonValue | undefined): JsonValue[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

export const awsIamPolicyNoFullAdmin = defineRule({
  id: 'aws-iam-policy-no-full-admin',
  title: 'Customer IAM policy does not grant full "*:*" administrative privileges',
  description:
    'A statement that allows Action "*" on Resource "*" makes every identity it is attached to an administrator of ' +
    'the account. Administrators should use the AWS managed AdministratorAccess policy on a few audited roles; ' +
    'custom policies should grant only what their task needs.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: [
      'Find who the policy is attached to (aws iam list-entities-for-policy) and what they use (IAM Access Advisor).',
      'Replace the statement with the needed actions and resources, or detach the policy.',
    ],
    cli: 'aws iam list-entities-for-policy --policy-arn <arn>',
  },
  target: { kinds: ['aws.iam.policy', 'aws.iam.inline-policy'] },
  evaluate: (policy) => {
    if (policy.bool('awsManaged') === true) return notApplicable(`policy ${policy.label} is AWS managed`)
    if (policy.num('attachmentCount') === 0) return notApplicable(`policy ${policy.label} is not attached to anything`)
    const admin = statementsOf(policy.needObj('document')).filter(
      (s) => s['Effect'] === 'Allow' && s['NotAction'] === undefined && list(s['Action']).includes('*') && list(s['Resource']).includes('*'),
    )
    return admin.length === 0
      ? healthy(`policy ${policy.label} grants no "*:*" privileges`)
      : unhealthy(`policy ${policy.label} allows every action on every resource`)
  },
})
