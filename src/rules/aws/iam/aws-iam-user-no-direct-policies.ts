/** @module aws-iam-user-no-direct-policies */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'

export const awsIamUserNoDirectPolicies = defineRule({
  id: 'aws-iam-user-no-direct-policies',
  title: 'IAM user receives permissions only through groups',
  description:
    'Policies attached to individual users are hard to review and tend to outlive the reason they were granted. ' +
    'Granting through groups (or roles) keeps permissions consistent and easy to revoke.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: ['Create or pick a group with the needed policies, add the user to it, then detach and delete the user\'s own policies.'],
    cli: 'aws iam detach-user-policy --user-name <user> --policy-arn <arn> && aws iam delete-user-policy --user-name <user> --policy-name <name>',
  },
  target: { kinds: ['aws.iam.user'] },
  evaluate: (user) => {
    const managed = user.strings('attachedPolicyArns')
    const inline = user.objects('inlinePolicies')
    if (managed === undefined && inline === undefined) return unknown(`user ${user.label}: its policies are not in the input`)
    const direct = [...(managed ?? []).map((arn) => arn.split('/').pop() ?? arn), ...(inline ?? []).map((p) => `${text(p['name'])} (inline)`)]
    return direct.length === 0
      ? healthy(`user ${user.label} has no policies of its own`)
      : unhealthy(`user ${user.label} has policies attached directly: ${direct.join(', ')}`)
  },
})
