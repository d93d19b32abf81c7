/**
 * @module The IAM side of the demo's AWS accounts as plain data: principals, inline and managed policies.
 * The same model is serialised twice, into IAM authorization details and into AWS Config IAM items, so the
 * two inputs agree the way they do in a real account.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { stableUpper } from '../demo-random.js'

export type PolicyDocument = JsonObject

export interface InlinePolicy {
  readonly name: string
  readonly document: PolicyDocument
}

export interface ManagedPolicy {
  readonly name: string
  readonly arn: string
  readonly path: string
  readonly description: string
  /** Versions newest first; exactly one is the default. */
  readonly versions: readonly { readonly id: string; readonly document: PolicyDocument; readonly isDefault: boolean }[]
}

export interface IamRole {
  readonly name: string
  readonly path?: string
  readonly description?: string
  readonly trust: PolicyDocument
  readonly inline?: readonly InlinePolicy[]
  /** Managed policy ARNs. */
  readonly managed?: readonly string[]
  /** Instance profile of the same name when set. */
  readonly instanceProfile?: string
  readonly tags?: Readonly<Record<string, string>>
  readonly createdDaysAgo?: number
}

export interface IamUser {
  readonly name: string
  readonly groups?: readonly string[]
  readonly inline?: readonly InlinePolicy[]
  readonly managed?: readonly string[]
  readonly tags?: Readonly<Record<string, string>>
  readonly createdDaysAgo?: number
  /** A person who signs in to the console (a password), with or without an MFA device; absent for machine users. */
  readonly console?: { readonly mfa: boolean }
}

export interface IamGroup {
  readonly name: string
  readonly inline?: readonly InlinePolicy[]
  readonly managed?: readonly string[]
}

export interface IamAccount {
  readonly accountId: string
  readonly users: readonly IamUser[]
  readonly groups: readonly IamGroup[]
  readonly roles: readonly IamRole[]
  /** Customer-managed policies of the account. */
  readonly policies: readonly ManagedPolicy[]
}

export const doc = (...statements: JsonObject[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements })

export function allow(actions: string | readonly string[], resources: string | readonly string[], extra: JsonObject = {}): JsonObject {
  return {
    Effect: 'Allow',
    Action: typeof actions === 'string' ? actions : [...actions],
    Resource: typeof resources === 'string' ? resources : [...resources],
    ...extra,
  }
}

export const trustService = (service: string): PolicyDocument =>
  doc({ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' })

export const trustAws = (principals: string | readonly string[], condition?: JsonObject): PolicyDocument =>
  doc({
    Effect: 'Allow',
    Principal: { AWS: typeof principals === 'string' ? principals : [...principals] },
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  })

export const roleArn = (accountId: string, name: string, path = '/'): string => `arn:aws:iam::${accountId}:role${path}${name}`
export const userArn = (accountId: string, name: string): string => `arn:aws:iam::${accountId}:user/${name}`
export const groupArn = (accountId: string, name: string): string => `arn:aws:iam::${accountId}:group/${name}`
export const policyArn = (accountId: string, name: string): string => `arn:aws:iam::${accountId}:policy/${name}`
export const instanceProfileArn = (accountId: string, name: string): string =>
  `arn:aws:iam::${accountId}:instance-profile/${name}`
export const awsManagedArn = (name: string): string => `arn:aws:iam::aws:policy/${name}`

/** IAM unique ids (AROA…, AIDA…) are stable per principal ARN. */
export const iamUniqueId = (prefix: 'AROA' | 'AIDA' | 'AGPA' | 'ANPA' | 'AIPA', arn: string): string =>
  `${prefix}${stableUpper(arn, 17)}`

/** URL-encoding as the raw IAM API and AWS Config deliver policy documents. */
export const urlEncodeDocument = (document: JsonValue): string => encodeURIComponent(JSON.stringify(document))

/**
 * AWS managed policies the demo attaches. Documents are abridged to the statements that matter for the
 * analyses (the real ReadOnlyAccess lists hundreds of services) but keep the real semantics: ReadOnlyAccess
 * does read object data (s3:Get*), SecurityAudit does not.
 */
export const AWS_MANAGED_POLICIES: Readonly<Record<string, { description: string; document: PolicyDocument; version: string }>> = {
  AdministratorAccess: {
    description: 'Provides full access to AWS services and resources.',
    version: 'v1',
    document: doc(allow('*', '*')),
  },
  ReadOnlyAccess: {
    description: 'Provides read-only access to AWS services and resources.',
    version: 'v112',
    document: doc(
      allow(
        [
          'cloudwatch:Describe*', 'cloudwatch:Get*', 'cloudwatch:List*', 'ec2:Describe*', 'ec2:Get*', 'eks:Describe*',
          'eks:List*', 'iam:Get*', 'iam:List*', 'kms:Describe*', 'kms:List*', 'lambda:Get*', 'lambda:List*',
          'rds:Describe*', 'rds:List*', 's3:Get*', 's3:List*', 'secretsmanager:Describe*', 'secretsmanager:List*',
        ],
        '*',
      ),
    ),
  },
  SecurityAudit: {
    description: 'The security audit template grants access to read security configuration metadata.',
    version: 'v41',
    document: doc(
      allow(
        [
          'cloudtrail:DescribeTrails', 'config:Describe*', 'ec2:Describe*', 'eks:DescribeCluster', 'eks:ListClusters',
          'iam:GenerateCredentialReport', 'iam:Get*', 'iam:List*', 'kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:ListKeys',
          'lambda:GetPolicy', 'lambda:ListFunctions', 'rds:DescribeDBInstances', 's3:GetBucketAcl', 's3:GetBucketPolicy',
          's3:GetBucketPublicAccessBlock', 's3:GetEncryptionConfiguration', 's3:ListAllMyBuckets',
        ],
        '*',
      ),
    ),
  },
  AmazonS3ReadOnlyAccess: {
    description: 'Provides read only access to all buckets via the AWS Management Console.',
    version: 'v3',
    document: doc(allow(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*'], '*')),
  },
  AmazonEKSWorkerNodePolicy: {
    description: 'This policy allows Amazon EKS worker nodes to connect to Amazon EKS Clusters.',
    version: 'v3',
    document: doc(
      allow(['ec2:DescribeInstances', 'ec2:DescribeRouteTables', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVolumes', 'ec2:DescribeVpcs', 'eks:DescribeCluster', 'eks-auth:AssumeRoleForPodIdentity'], '*'),
    ),
  },
  AmazonEC2ContainerRegistryReadOnly: {
    description: 'Provides read-only access to Amazon EC2 Container Registry repositories.',
    version: 'v3',
    document: doc(
      allow(['ecr:GetAuthorizationToken', 'ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:GetRepositoryPolicy', 'ecr:DescribeRepositories', 'ecr:ListImages', 'ecr:DescribeImages', 'ecr:BatchGetImage'], '*'),
    ),
  },
  AmazonEKS_CNI_Policy: {
    description: 'This policy provides the Amazon VPC CNI Plugin the permissions it requires to modify the IP address configuration on your EKS worker nodes.',
    version: 'v4',
    document: doc(
      allow(['ec2:AssignPrivateIpAddresses', 'ec2:AttachNetworkInterface', 'ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:DescribeInstances', 'ec2:DescribeNetworkInterfaces', 'ec2:DetachNetworkInterface', 'ec2:ModifyNetworkInterfaceAttribute', 'ec2:UnassignPrivateIpAddresses'], '*'),
      allow('ec2:CreateTags', 'arn:aws:ec2:*:*:network-interface/*'),
    ),
  },
  AmazonEKSClusterPolicy: {
    description: 'This policy provides Kubernetes the permissions it requires to manage resources on your behalf.',
    version: 'v7',
    document: doc(
      allow(['autoscaling:DescribeAutoScalingGroups', 'autoscaling:UpdateAutoScalingGroup', 'ec2:CreateSecurityGroup', 'ec2:CreateTags', 'ec2:Describe*', 'ec2:ModifyInstanceAttribute', 'ec2:RevokeSecurityGroupIngress', 'elasticloadbalancing:*', 'kms:DescribeKey'], '*'),
      allow('iam:CreateServiceLinkedRole', '*', { Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticloadbalancing.amazonaws.com' } } }),
    ),
  },
  AWSLambdaBasicExecutionRole: {
    description: 'Provides write permissions to CloudWatch Logs.',
    version: 'v1',
    document: doc(allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], '*')),
  },
}

/** Every managed policy ARN attached anywhere in `account`, AWS-managed ones included. */
export function attachedPolicyArns(account: IamAccount): string[] {
  const arns = new Set<string>()
  for (const principal of [...account.users, ...account.groups, ...account.roles]) for (const arn of principal.managed ?? []) arns.add(arn)
  return [...arns].sort()
}

export function attachmentCount(account: IamAccount, arn: string): number {
  return [...account.users, ...account.groups, ...account.roles].filter((principal) => principal.managed?.includes(arn)).length
}

/** Resolves a managed policy ARN to its definition (AWS-managed or one of the account's own). */
export function managedPolicy(account: IamAccount, arn: string): ManagedPolicy | undefined {
  const own = account.policies.find((policy) => policy.arn === arn)
  if (own) return own
  const name = arn.startsWith('arn:aws:iam::aws:policy/') ? arn.slice('arn:aws:iam::aws:policy/'.length) : undefined
  const builtin = name === undefined ? undefined : AWS_MANAGED_POLICIES[name]
  if (name === undefined || builtin === undefined) return undefined
  return {
    name,
    arn,
    path: '/',
    description: builtin.description,
    versions: [{ id: builtin.version, document: builtin.document, isDefault: true }],
  }
}
