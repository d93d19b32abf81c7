/**
 * @module `aws iam get-account-authorization-details` records from the IAM model. Two serialisations exist in
 * the wild (formats.md §A1.3): the CLI decodes policy documents into objects and prints ISO dates; the raw
 * API, the Go SDK and Steampipe-style dumps keep URL-encoded documents and may print Python dates.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import type { DemoClock } from '../demo-company.js'
import type { IamAccount, IamGroup, IamRole, IamUser, ManagedPolicy, PolicyDocument } from './aws-iam-model.js'
import {
  attachedPolicyArns,
  attachmentCount,
  groupArn,
  iamUniqueId,
  instanceProfileArn,
  managedPolicy,
  roleArn,
  urlEncodeDocument,
  userArn,
} from './aws-iam-model.js'

export interface AuthzStyle {
  /** URL-encode policy documents (raw API) instead of decoding them (CLI). */
  readonly urlEncoded: boolean
  /** Date style: `cli` = `2024-01-02T03:04:05Z`, `python` = `2024-01-02 03:04:05+00:00`. */
  readonly dates: 'cli' | 'python'
}

const document = (style: AuthzStyle, doc: PolicyDocument): JsonValue => (style.urlEncoded ? urlEncodeDocument(doc) : doc)
const date = (clock: DemoClock, style: AuthzStyle, daysAgo: number): string =>
  style.dates === 'python' ? clock.python(-daysAgo * 1440) : clock.isoSeconds(-daysAgo * 1440)
const tags = (map: Readonly<Record<string, string>> | undefined): JsonObject[] =>
  Object.entries(map ?? {}).map(([Key, Value]) => ({ Key, Value }))

function attachedList(account: IamAccount, arns: readonly string[] | undefined): JsonObject[] {
  return (arns ?? []).map((arn) => ({ PolicyName: managedPolicy(account, arn)?.name ?? arn.split('/').pop() ?? arn, PolicyArn: arn }))
}

export function authzUser(clock: DemoClock, style: AuthzStyle, account: IamAccount, user: IamUser): JsonObject {
  const arn = userArn(account.accountId, user.name)
  return {
    Path: '/',
    UserName: user.name,
    UserId: iamUniqueId('AIDA', arn),
    Arn: arn,
    CreateDate: date(clock, style, user.createdDaysAgo ?? 500),
    UserPolicyList: (user.inline ?? []).map((p) => ({ PolicyName: p.name, PolicyDocument: document(style, p.document) })),
    GroupList: [...(user.groups ?? [])],
    AttachedManagedPolicies: attachedList(account, user.managed),
    Tags: tags(user.tags),
  }
}

export function authzGroup(clock: DemoClock, style: AuthzStyle, account: IamAccount, group: IamGroup): JsonObject {
  const arn = groupArn(account.accountId, group.name)
  return {
    Path: '/',
    GroupName: group.name,
    GroupId: iamUniqueId('AGPA', arn),
    Arn: arn,
    CreateDate: date(clock, style, 700),
    GroupPolicyList: (group.inline ?? []).map((p) => ({ PolicyName: p.name, PolicyDocument: document(style, p.document) })),
    AttachedManagedPolicies: attachedList(account, group.managed),
  }
}

export function authzRole(clock: DemoClock, style: AuthzStyle, account: IamAccount, role: IamRole): JsonObject {
  const arn = roleArn(account.accountId, role.name, role.path)
  const created = date(clock, style, role.createdDaysAgo ?? 365)
  const basic: JsonObject = {
    Path: role.path ?? '/',
    RoleName: role.name,
    RoleId: iamUniqueId('AROA', arn),
    Arn: arn,
    CreateDate: created,
    AssumeRolePolicyDocument: document(style, role.trust),
  }
  const profile = role.instanceProfile
  return {
    ...basic,
    ...(role.description ? { Description: role.description } : {}),
    InstanceProfileList: profile
      ? [
          {
            Path: '/',
            InstanceProfileName: profile,
            InstanceProfileId: iamUniqueId('AIPA', instanceProfileArn(account.accountId, profile)),
            Arn: instanceProfileArn(account.accountId, profile),
            CreateDate: created,
            Roles: [basic],
          },
        ]
      : [],
    RolePolicyList: (role.inline ?? []).map((p) => ({ PolicyName: p.name, PolicyDocument: document(style, p.document) })),
    AttachedManagedPolicies: attachedList(account, role.managed),
    Tags: tags(role.tags),
    RoleLastUsed: { LastUsedDate: date(clock, style, 1), Region: 'eu-west-1' },
  }
}

export function authzPolicy(clock: DemoClock, style: AuthzStyle, account: IamAccount, policy: ManagedPolicy): JsonObject {
  const defaultVersion = policy.versions.find((v) => v.isDefault)?.id ?? 'v1'
  return {
    PolicyName: policy.name,
    PolicyId: iamUniqueId('ANPA', policy.arn),
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: defaultVersion,
    AttachmentCount: attachmentCount(account, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    Description: policy.description,
    CreateDate: date(clock, style, 400),
    UpdateDate: date(clock, style, 30),
    PolicyVersionList: policy.versions.map((v, i) => ({
      Document: document(style, v.document),
      VersionId: v.id,
      IsDefaultVersion: v.isDefault,
      CreateDate: date(clock, style, 30 + i * 60),
    })),
  }
}

/**
 * The `Policies` list: like the real export it holds the account's own policies plus only those AWS-managed
 * policies that are attached somewhere.
 */
export function authzPolicies(account: IamAccount): ManagedPolicy[] {
  const own = new Set(account.policies.map((p) => p.arn))
  const awsManaged = attachedPolicyArns(account)
    .filter((arn) => !own.has(arn))
    .map((arn) => managedPolicy(account, arn))
    .filter((p): p is ManagedPolicy => p !== undefined)
  return [...account.policies, ...awsManaged]
}
