/**
 * @module Documents of the few AWS managed policies whose grant is both short and decisive, used only
 * when an attached AWS managed policy is not in the inputs (a filtered authorization-details export, or
 * AWS Config alone, which does not record AWS managed policies). Others stay unknown and are reported
 * as a caveat on the principal's edges rather than guessed.
 */
import type { JsonObject } from '../../../model/graph-types.js'

const doc = (...Statement: JsonObject[]): JsonObject => ({ Version: '2012-10-17', Statement })

export const BUILTIN_AWS_MANAGED_POLICIES: Readonly<Record<string, JsonObject>> = {
  AdministratorAccess: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  PowerUserAccess: doc(
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: [
        'account:GetAccountInformation',
        'account:GetPrimaryEmail',
        'account:ListRegions',
        'iam:CreateServiceLinkedRole',
        'iam:DeleteServiceLinkedRole',
        'iam:ListRoles',
        'organizations:DescribeOrganization',
      ],
      Resource: '*',
    },
  ),
  IAMFullAccess: doc(
    { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
    {
      Effect: 'Allow',
      Action: [
        'organizations:DescribeAccount',
        'organizations:DescribeOrganization',
        'organizations:DescribeOrganizationalUnit',
        'organizations:DescribePolicy',
        'organizations:ListChildren',
        'organizations:ListParents',
        'organizations:ListPoliciesForTarget',
        'organizations:ListRoots',
        'organizations:ListPolicies',
        'organizations:ListTargetsForPolicy',
      ],
      Resource: '*',
    },
  ),
  AmazonS3FullAccess: doc({ Effect: 'Allow', Action: ['s3:*', 's3-object-lambda:*'], Resource: '*' }),
}

/** `FullAWSAccess`, the SCP AWS attaches to every root, OU and account, has no stored content in list exports. */
export const FULL_AWS_ACCESS_SCP: JsonObject = doc({ Effect: 'Allow', Action: '*', Resource: '*' })

/** The document of an AWS managed policy ARN (`arn:<partition>:iam::aws:policy/<path><name>`), when built in. */
export function builtinManagedPolicy(arn: string): JsonObject | undefined {
  const match = /^arn:[\w-]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn)
  return match === null ? undefined : BUILTIN_AWS_MANAGED_POLICIES[match[1]!]
}
