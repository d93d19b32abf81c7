/**
 * @module The AWS actions that matter for attack paths, per service, with their access level and the
 * graph node kind they act on (data; docs are generated from it). `read` reads data or secrets,
 * `write` changes data or runs existing code, `admin` changes who may access the resource, deletes it,
 * or runs new code as its identity. `*` and `<service>:*` grants are admin. Actions without `on` are
 * account-level (IAM, STS, Organizations): they feed admin detection and privilege escalation.
 */

export type AccessLevel = 'read' | 'write' | 'admin'

export interface ActionInfo {
  readonly level: AccessLevel
  /** Node kind the action's resource is; absent for account-level actions. */
  readonly on?: string
  /**
   * Which ARN the action is authorized against: the node's own (`self`, default), the objects inside
   * it (`objects`: `<arn>/*`, S3), or the IAM database users of an RDS instance (`db-users`).
   */
  readonly target?: 'self' | 'objects' | 'db-users'
}

const S3 = 'aws.s3.bucket'
const EC2 = 'aws.ec2.instance'
const RDS = 'aws.rds.db-instance'
const RDS_CLUSTER = 'aws.rds.db-cluster'
const RDS_SNAPSHOT = 'aws.rds.db-snapshot'

export const AWS_ACTION_LEVELS: Readonly<Record<string, Readonly<Record<string, ActionInfo>>>> = {
  s3: {
    GetObject: { level: 'read', on: S3, target: 'objects' },
    GetObjectVersion: { level: 'read', on: S3, target: 'objects' },
    ListBucket: { level: 'read', on: S3 },
    ListBucketVersions: { level: 'read', on: S3 },
    PutObject: { level: 'write', on: S3, target: 'objects' },
    DeleteObject: { level: 'write', on: S3, target: 'objects' },
    DeleteObjectVersion: { level: 'write', on: S3, target: 'objects' },
    PutLifecycleConfiguration: { level: 'write', on: S3 },
    PutReplicationConfiguration: { level: 'write', on: S3 },
    PutObjectAcl: { level: 'admin', on: S3, target: 'objects' },
    PutBucketAcl: { level: 'admin', on: S3 },
    PutBucketPolicy: { level: 'admin', on: S3 },
    DeleteBucketPolicy: { level: 'admin', on: S3 },
    PutBucketPublicAccessBlock: { level: 'admin', on: S3 },
    PutBucketOwnershipControls: { level: 'admin', on: S3 },
    DeleteBucket: { level: 'admin', on: S3 },
  },
  kms: {
    Decrypt: { level: 'read', on: 'aws.kms.key' },
    ReEncryptFrom: { level: 'read', on: 'aws.kms.key' },
    Encrypt: { level: 'write', on: 'aws.kms.key' },
    GenerateDataKey: { level: 'write', on: 'aws.kms.key' },
    GenerateDataKeyWithoutPlaintext: { level: 'write', on: 'aws.kms.key' },
    ReEncryptTo: { level: 'write', on: 'aws.kms.key' },
    Sign: { level: 'write', on: 'aws.kms.key' },
    PutKeyPolicy: { level: 'admin', on: 'aws.kms.key' },
    CreateGrant: { level: 'admin', on: 'aws.kms.key' },
    DisableKey: { level: 'admin', on: 'aws.kms.key' },
    ScheduleKeyDeletion: { level: 'admin', on: 'aws.kms.key' },
  },
  secretsmanager: {
    GetSecretValue: { level: 'read', on: 'aws.secretsmanager.secret' },
    PutSecretValue: { level: 'write', on: 'aws.secretsmanager.secret' },
    UpdateSecret: { level: 'write', on: 'aws.secretsmanager.secret' },
    RotateSecret: { level: 'write', on: 'aws.secretsmanager.secret' },
    PutResourcePolicy: { level: 'admin', on: 'aws.secretsmanager.secret' },
    DeleteResourcePolicy: { level: 'admin', on: 'aws.secretsmanager.secret' },
    DeleteSecret: { level: 'admin', on: 'aws.secretsmanager.secret' },
  },
  ssm: {
    // Parameters are not ingested yet; listed for the docs and for future parameter nodes.
    GetParameter: { level: 'read' },
    GetParameters: { level: 'read' },
    GetParametersByPath: { level: 'read' },
    PutParameter: { level: 'write' },
    SendCommand: { level: 'admin', on: EC2 },
    StartSession: { level: 'admin', on: EC2 },
  },
  'ec2-instance-connect': {
    SendSSHPublicKey: { level: 'admin', on: EC2 },
    SendSerialConsoleSSHPublicKey: { level: 'admin', on: EC2 },
  },
  ec2: {
    GetConsoleOutput: { level: 'read', on: EC2 },
    GetPasswordData: { level: 'read', on: EC2 },
    StopInstances: { level: 'write', on: EC2 },
    StartInstances: { level: 'write', on: EC2 },
    RebootInstances: { level: 'write', on: EC2 },
    ModifyInstanceAttribute: { level: 'admin', on: EC2 },
    TerminateInstances: { level: 'admin', on: EC2 },
    RunInstances: { level: 'write' },
    RequestSpotInstances: { level: 'write' },
  },
  dynamodb: {
    GetItem: { level: 'read', on: 'aws.dynamodb.table' },
    BatchGetItem: { level: 'read', on: 'aws.dynamodb.table' },
    Query: { level: 'read', on: 'aws.dynamodb.table' },
    Scan: { level: 'read', on: 'aws.dynamodb.table' },
    ExportTableToPointInTime: { level: 'read', on: 'aws.dynamodb.table' },
    PutItem: { level: 'write', on: 'aws.dynamodb.table' },
    UpdateItem: { level: 'write', on: 'aws.dynamodb.table' },
    DeleteItem: { level: 'write', on: 'aws.dynamodb.table' },
    BatchWriteItem: { level: 'write', on: 'aws.dynamodb.table' },
    UpdateTable: { level: 'write', on: 'aws.dynamodb.table' },
    DeleteTable: { level: 'admin', on: 'aws.dynamodb.table' },
    PutResourcePolicy: { level: 'admin', on: 'aws.dynamodb.table' },
  },
  'rds-db': {
    connect: { level: 'read', on: RDS, target: 'db-users' },
  },
  rds: {
    CreateDBSnapshot: { level: 'read', on: RDS },
    CreateDBClusterSnapshot: { level: 'read', on: RDS_CLUSTER },
    CopyDBSnapshot: { level: 'read', on: RDS_SNAPSHOT },
    RestoreDBInstanceFromDBSnapshot: { level: 'read', on: RDS_SNAPSHOT },
    RebootDBInstance: { level: 'write', on: RDS },
    StopDBInstance: { level: 'write', on: RDS },
    StopDBCluster: { level: 'write', on: RDS_CLUSTER },
    // Modify can reset the master password: admin.
    ModifyDBInstance: { level: 'admin', on: RDS },
    ModifyDBCluster: { level: 'admin', on: RDS_CLUSTER },
    DeleteDBInstance: { level: 'admin', on: RDS },
    DeleteDBCluster: { level: 'admin', on: RDS_CLUSTER },
    ModifyDBSnapshotAttribute: { level: 'admin', on: RDS_SNAPSHOT },
    DeleteDBSnapshot: { level: 'admin', on: RDS_SNAPSHOT },
  },
  lambda: {
    GetFunction: { level: 'read', on: 'aws.lambda.function' },
    GetFunctionConfiguration: { level: 'read', on: 'aws.lambda.function' },
    InvokeFunction: { level: 'write', on: 'aws.lambda.function' },
    UpdateFunctionCode: { level: 'admin', on: 'aws.lambda.function' },
    UpdateFunctionConfiguration: { level: 'admin', on: 'aws.lambda.function' },
    AddPermission: { level: 'admin', on: 'aws.lambda.function' },
    DeleteFunction: { level: 'admin', on: 'aws.lambda.function' },
    CreateFunction: { level: 'write' },
    CreateEventSourceMapping: { level: 'write' },
  },
  ecr: {
    BatchGetImage: { level: 'read', on: 'aws.ecr.repository' },
    GetDownloadUrlForLayer: { level: 'read', on: 'aws.ecr.repository' },
    PutImage: { level: 'write', on: 'aws.ecr.repository' },
    InitiateLayerUpload: { level: 'write', on: 'aws.ecr.repository' },
    UploadLayerPart: { level: 'write', on: 'aws.ecr.repository' },
    CompleteLayerUpload: { level: 'write', on: 'aws.ecr.repository' },
    BatchDeleteImage: { level: 'write', on: 'aws.ecr.repository' },
    SetRepositoryPolicy: { level: 'admin', on: 'aws.ecr.repository' },
    DeleteRepositoryPolicy: { level: 'admin', on: 'aws.ecr.repository' },
    DeleteRepository: { level: 'admin', on: 'aws.ecr.repository' },
  },
  sqs: {
    ReceiveMessage: { level: 'read', on: 'aws.sqs.queue' },
    SendMessage: { level: 'write', on: 'aws.sqs.queue' },
    DeleteMessage: { level: 'write', on: 'aws.sqs.queue' },
    PurgeQueue: { level: 'write', on: 'aws.sqs.queue' },
    SetQueueAttributes: { level: 'admin', on: 'aws.sqs.queue' },
    AddPermission: { level: 'admin', on: 'aws.sqs.queue' },
    DeleteQueue: { level: 'admin', on: 'aws.sqs.queue' },
  },
  sns: {
    Subscribe: { level: 'read', on: 'aws.sns.topic' },
    Publish: { level: 'write', on: 'aws.sns.topic' },
    SetTopicAttributes: { level: 'admin', on: 'aws.sns.topic' },
    AddPermission: { level: 'admin', on: 'aws.sns.topic' },
    DeleteTopic: { level: 'admin', on: 'aws.sns.topic' },
  },
  eks: {
    DescribeCluster: { level: 'read', on: 'aws.eks.cluster' },
    AccessKubernetesApi: { level: 'read', on: 'aws.eks.cluster' },
    UpdateClusterConfig: { level: 'admin', on: 'aws.eks.cluster' },
    CreateAccessEntry: { level: 'admin', on: 'aws.eks.cluster' },
    AssociateAccessPolicy: { level: 'admin', on: 'aws.eks.cluster' },
    DeleteCluster: { level: 'admin', on: 'aws.eks.cluster' },
  },
  iam: {
    GetPolicyVersion: { level: 'read' },
    ListPolicyVersions: { level: 'read' },
    GetRole: { level: 'read' },
    GetUser: { level: 'read' },
    CreateUser: { level: 'write' },
    CreateRole: { level: 'write' },
    CreatePolicy: { level: 'write' },
    AttachUserPolicy: { level: 'admin' },
    AttachGroupPolicy: { level: 'admin' },
    AttachRolePolicy: { level: 'admin' },
    PutUserPolicy: { level: 'admin' },
    PutGroupPolicy: { level: 'admin' },
    PutRolePolicy: { level: 'admin' },
    CreatePolicyVersion: { level: 'admin' },
    SetDefaultPolicyVersion: { level: 'admin' },
    PassRole: { level: 'admin' },
    CreateAccessKey: { level: 'admin' },
    CreateLoginProfile: { level: 'admin' },
    UpdateLoginProfile: { level: 'admin' },
    AddUserToGroup: { level: 'admin' },
    UpdateAssumeRolePolicy: { level: 'admin' },
    DeleteUserPermissionsBoundary: { level: 'admin' },
    DeleteRolePermissionsBoundary: { level: 'admin' },
    PutUserPermissionsBoundary: { level: 'admin' },
    PutRolePermissionsBoundary: { level: 'admin' },
  },
  sts: {
    GetCallerIdentity: { level: 'read' },
    AssumeRole: { level: 'admin' },
    AssumeRoleWithWebIdentity: { level: 'admin' },
    GetFederationToken: { level: 'write' },
  },
  organizations: {
    DescribeOrganization: { level: 'read' },
    ListAccounts: { level: 'read' },
    LeaveOrganization: { level: 'admin' },
    AttachPolicy: { level: 'admin' },
    DetachPolicy: { level: 'admin' },
    CreatePolicy: { level: 'admin' },
    UpdatePolicy: { level: 'admin' },
  },
}

/**
 * Probe actions for account admin: a principal allowed all of them on every resource can do anything
 * (the IAM ones alone let it grant itself the rest).
 */
export const ADMIN_PROBE_ACTIONS: readonly string[] = [
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateAccessKey',
  'iam:PassRole',
  'sts:AssumeRole',
  'ec2:RunInstances',
  's3:GetObject',
  's3:PutBucketPolicy',
  'kms:Decrypt',
  'secretsmanager:GetSecretValue',
  'lambda:UpdateFunctionCode',
  'organizations:LeaveOrganization',
]

export interface KindAction {
  readonly action: string
  readonly level: AccessLevel
  readonly target: 'self' | 'objects' | 'db-users'
}

/** The table regrouped by node kind, actions sorted: what the per-resource evaluation walks. */
export function actionsByKind(): ReadonlyMap<string, readonly KindAction[]> {
  const out = new Map<string, KindAction[]>()
  for (const [service, actions] of Object.entries(AWS_ACTION_LEVELS)) {
    for (const [name, info] of Object.entries(actions)) {
      if (info.on === undefined) continue
      const list = out.get(info.on) ?? []
      list.push({ action: `${service}:${name}`, level: info.level, target: info.target ?? 'self' })
      out.set(info.on, list)
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.action.localeCompare(b.action))
  return out
}

const RANK: Readonly<Record<AccessLevel, number>> = { read: 1, write: 2, admin: 3 }

export const higherLevel = (a: AccessLevel, b: AccessLevel): AccessLevel => (RANK[a] >= RANK[b] ? a : b)
