/**
 * Builders for the raw export shapes these fixtures use (formats.md): `aws iam
 * get-account-authorization-details` (PascalCase, documents as objects) and AWS Config snapshot items.
 * Only `write-fixtures.ts` uses them; tests read the written JSON through the format registry.
 */
import type { JsonObject } from '../../../model/graph-types.js'

export const REGION = 'eu-west-1'
export const CAPTURED = '2024-05-01T10:00:00.000Z'

export const doc = (...Statement: JsonObject[]): JsonObject => ({ Version: '2012-10-17', Statement })
export const allow = (Action: string | string[], Resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({ Effect: 'Allow', Action, Resource, ...extra })
export const deny = (Action: string | string[], Resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({ Effect: 'Deny', Action, Resource, ...extra })
export const trust = (principal: JsonObject | string, extra: JsonObject = {}): JsonObject =>
  doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra })

export const userArn = (account: string, name: string): string => `arn:aws:iam::${account}:user/${name}`
export const roleArn = (account: string, name: string, path = '/'): string => `arn:aws:iam::${account}:role${path}${name}`
export const groupArn = (account: string, name: string, path = '/'): string => `arn:aws:iam::${account}:group${path}${name}`
export const policyArn = (account: string, name: string): string => `arn:aws:iam::${account}:policy/${name}`
export const awsPolicy = (name: string): string => `arn:aws:iam::aws:policy/${name}`
export const profileArn = (account: string, name: string): string => `arn:aws:iam::${account}:instance-profile/${name}`

export interface UserSpec {
  readonly name: string
  readonly inline?: Readonly<Record<string, JsonObject>>
  readonly managed?: readonly string[]
  readonly groups?: readonly string[]
  readonly boundary?: string
}

export interface RoleSpec {
  readonly name: string
  readonly path?: string
  readonly trust: JsonObject
  readonly inline?: Readonly<Record<string, JsonObject>>
  readonly managed?: readonly string[]
  readonly boundary?: string
  readonly profile?: string
}

export interface GroupSpec {
  readonly name: string
  readonly path?: string
  readonly inline?: Readonly<Record<string, JsonObject>>
  readonly managed?: readonly string[]
}

export interface PolicySpec {
  readonly arn: string
  /** Versions, the first one is the default. */
  readonly versions: readonly JsonObject[]
}

const inlineList = (inline: Readonly<Record<string, JsonObject>> | undefined): JsonObject[] =>
  Object.entries(inline ?? {}).map(([PolicyName, PolicyDocument]) => ({ PolicyName, PolicyDocument }))
const managedList = (arns: readonly string[] | undefined): JsonObject[] =>
  (arns ?? []).map((PolicyArn) => ({ PolicyName: PolicyArn.split('/').pop()!, PolicyArn }))
const boundaryOf = (arn: string | undefined): JsonObject =>
  arn === undefined ? {} : { PermissionsBoundary: { PermissionsBoundaryType: 'PermissionsBoundaryPolicy', PermissionsBoundaryArn: arn } }

export function authorizationDetails(
  account: string,
  spec: { users?: readonly UserSpec[]; roles?: readonly RoleSpec[]; groups?: readonly GroupSpec[]; policies?: readonly PolicySpec[] },
): JsonObject {
  const uid = (prefix: string, name: string): string => `${prefix}${name.toUpperCase().replace(/[^A-Z0-9]/g, '')}${account.slice(-4)}`
  return {
    UserDetailList: (spec.users ?? []).map((u) => ({
      Path: '/',
      UserName: u.name,
      UserId: uid('AIDA', u.name),
      Arn: userArn(account, u.name),
      CreateDate: '2024-01-02T03:04:05Z',
      GroupList: [...(u.groups ?? [])],
      AttachedManagedPolicies: managedList(u.managed),
      UserPolicyList: inlineList(u.inline),
      ...boundaryOf(u.boundary),
    })),
    GroupDetailList: (spec.groups ?? []).map((g) => ({
      Path: g.path ?? '/',
      GroupName: g.name,
      GroupId: uid('AGPA', g.name),
      Arn: groupArn(account, g.name, g.path),
      GroupPolicyList: inlineList(g.inline),
      AttachedManagedPolicies: managedList(g.managed),
    })),
    RoleDetailList: (spec.roles ?? []).map((r) => ({
      Path: r.path ?? '/',
      RoleName: r.name,
      RoleId: uid('AROA', r.name),
      Arn: roleArn(account, r.name, r.path),
      CreateDate: '2024-01-02T03:04:05Z',
      AssumeRolePolicyDocument: r.trust,
      InstanceProfileList:
        r.profile === undefined
          ? []
          : [{ Path: '/', InstanceProfileName: r.profile, InstanceProfileId: uid('AIPA', r.profile), Arn: profileArn(account, r.profile), Roles: [] }],
      RolePolicyList: inlineList(r.inline),
      AttachedManagedPolicies: managedList(r.managed),
      ...boundaryOf(r.boundary),
    })),
    Policies: (spec.policies ?? []).map((p) => ({
      PolicyName: p.arn.split('/').pop()!,
      PolicyId: uid('ANPA', p.arn.split('/').pop()!),
      Arn: p.arn,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      IsAttachable: true,
      PolicyVersionList: p.versions.map((Document, i) => ({ Document, VersionId: `v${i + 1}`, IsDefaultVersion: i === 0 })),
    })),
    IsTruncated: false,
  }
}

interface ItemSpec {
  readonly account: string
  readonly type: string
  readonly id: string
  readonly name?: string
  readonly arn: string
  readonly configuration: JsonObject
  readonly supplementary?: JsonObject
}

function item(s: ItemSpec): JsonObject {
  return {
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: CAPTURED,
    awsAccountId: s.account,
    configurationItemStatus: 'OK',
    resourceType: s.type,
    resourceId: s.id,
    resourceName: s.name ?? null,
    ARN: s.arn,
    awsRegion: REGION,
    tags: {},
    relationships: [],
    configuration: s.configuration,
    supplementaryConfiguration: s.supplementary ?? {},
  }
}

export const configSnapshot = (items: readonly JsonObject[]): JsonObject => ({ fileVersion: '1.0', configSnapshotId: 'skyhound-fixture', configurationItems: [...items] })

export const bucket = (account: string, name: string, policy?: JsonObject): JsonObject =>
  item({ account, type: 'AWS::S3::Bucket', id: name, name, arn: `arn:aws:s3:::${name}`, configuration: { name }, ...(policy ? { supplementary: { BucketPolicy: { policyText: JSON.stringify(policy) } } } : {}) })

export const kmsKey = (account: string, keyId: string, policy?: JsonObject): JsonObject =>
  item({ account, type: 'AWS::KMS::Key', id: keyId, arn: `arn:aws:kms:${REGION}:${account}:key/${keyId}`, configuration: { keyId, keyManager: 'CUSTOMER', keyState: 'Enabled', description: keyId }, ...(policy ? { supplementary: { KeyPolicy: policy } } : {}) })

export const secret = (account: string, name: string, suffix: string, policy?: JsonObject): JsonObject => {
  const arn = `arn:aws:secretsmanager:${REGION}:${account}:secret:${name}-${suffix}`
  return item({ account, type: 'AWS::SecretsManager::Secret', id: arn, name, arn, configuration: { name, ...(policy ? { resourcePolicy: JSON.stringify(policy) } : {}) } })
}

export const table = (account: string, name: string): JsonObject =>
  item({ account, type: 'AWS::DynamoDB::Table', id: name, name, arn: `arn:aws:dynamodb:${REGION}:${account}:table/${name}`, configuration: { tableName: name, tableStatus: 'ACTIVE' } })

export const database = (account: string, name: string, resourceId: string, iamAuth: boolean): JsonObject =>
  item({ account, type: 'AWS::RDS::DBInstance', id: resourceId, name, arn: `arn:aws:rds:${REGION}:${account}:db:${name}`, configuration: { dBInstanceIdentifier: name, engine: 'postgres', iAMDatabaseAuthenticationEnabled: iamAuth, publiclyAccessible: false } })

export const lambdaFunction = (account: string, name: string, role: string): JsonObject =>
  item({ account, type: 'AWS::Lambda::Function', id: name, name, arn: `arn:aws:lambda:${REGION}:${account}:function:${name}`, configuration: { functionName: name, role, runtime: 'python3.12', handler: 'app.handler' } })

export const repository = (account: string, name: string, policy?: JsonObject): JsonObject =>
  item({ account, type: 'AWS::ECR::Repository', id: name, name, arn: `arn:aws:ecr:${REGION}:${account}:repository/${name}`, configuration: { repositoryName: name, ...(policy ? { repositoryPolicyText: JSON.stringify(policy) } : {}) } })

export const queue = (account: string, name: string, policy?: JsonObject): JsonObject =>
  item({ account, type: 'AWS::SQS::Queue', id: `https://sqs.${REGION}.amazonaws.com/${account}/${name}`, name, arn: `arn:aws:sqs:${REGION}:${account}:${name}`, configuration: { QueueName: name, ...(policy ? { Policy: JSON.stringify(policy) } : {}) } })

export const topic = (account: string, name: string, policy?: JsonObject): JsonObject => {
  const arn = `arn:aws:sns:${REGION}:${account}:${name}`
  return item({ account, type: 'AWS::SNS::Topic', id: arn, name, arn, configuration: { TopicName: name, ...(policy ? { Policy: JSON.stringify(policy) } : {}) } })
}

export const instance = (account: string, id: string, profile?: string): JsonObject =>
  item({ account, type: 'AWS::EC2::Instance', id, arn: `arn:aws:ec2:${REGION}:${account}:instance/${id}`, configuration: { instanceId: id, state: { name: 'running' }, ...(profile ? { iamInstanceProfile: { arn: profile } } : {}) } })

export interface ScpSpec {
  readonly management: string
  readonly org: string
  readonly id: string
  readonly name: string
  readonly content: JsonObject
  /** Account ids, or `root:<r-id>` / `ou:<ou-id>`. */
  readonly targets: readonly string[]
}

/** `aws organizations describe-policy` with the targets of `list-targets-for-policy` merged in. */
export function describedScp(s: ScpSpec): JsonObject {
  return {
    Policy: {
      PolicySummary: {
        Id: s.id,
        Arn: `arn:aws:organizations::${s.management}:policy/${s.org}/service_control_policy/${s.id}`,
        Name: s.name,
        Type: 'SERVICE_CONTROL_POLICY',
        AwsManaged: false,
      },
      Content: JSON.stringify(s.content),
    },
    Targets: s.targets.map((t) => {
      if (t.startsWith('root:')) {
        const id = t.slice(5)
        return { TargetId: id, Arn: `arn:aws:organizations::${s.management}:root/${s.org}/${id}`, Name: 'Root', Type: 'ROOT' }
      }
      if (t.startsWith('ou:')) {
        const id = t.slice(3)
        return { TargetId: id, Arn: `arn:aws:organizations::${s.management}:ou/${s.org}/${id}`, Name: id, Type: 'ORGANIZATIONAL_UNIT' }
      }
      return { TargetId: t, Arn: `arn:aws:organizations::${s.management}:account/${s.org}/${t}`, Name: t, Type: 'ACCOUNT' }
    }),
  }
}
