/**
 * Writes this folder's JSON fixtures (run `npx tsx src/analyses/aws-permissions/__fixtures__/write-fixtures.ts`
 * after changing a scenario; the JSON is committed and is what the tests read).
 *
 * - `escalation-authz.json` + `escalation-config.json`: one positive and one look-alike negative
 *   principal per privilege-escalation method, in account 111122223333 (`<method>-pos` / `<method>-neg`).
 * - `permissions-authz-<account>.json`, `permissions-config.json`, `permissions-scp.json`: the evaluator
 *   scenarios on a graph (role chain across accounts, resource policies, boundaries, SCPs, conditions).
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { JsonObject } from '../../../model/graph-types.js'
import {
  allow,
  authorizationDetails,
  awsPolicy,
  bucket,
  configSnapshot,
  database,
  deny,
  describedScp,
  doc,
  groupArn,
  instance,
  kmsKey,
  lambdaFunction,
  policyArn,
  profileArn,
  queue,
  repository,
  roleArn,
  secret,
  table,
  topic,
  trust,
  userArn,
} from './fixture-shapes.js'
import type { RoleSpec, UserSpec } from './fixture-shapes.js'

const dir = fileURLToPath(new URL('./', import.meta.url))
const write = (name: string, value: JsonObject): void => writeFileSync(`${dir}${name}`, `${JSON.stringify(value, null, 1)}\n`)

// ---------------------------------------------------------------- escalation (account E)
const E = '111122223333'
const ADMIN = awsPolicy('AdministratorAccess')
const self = `arn:aws:iam::${E}:user/\${aws:username}`
const ec2Trust = trust({ Service: 'ec2.amazonaws.com' })
const svcRole = (name: string, service: string, profile?: string): RoleSpec => ({ name, trust: trust({ Service: service }), managed: [ADMIN], ...(profile ? { profile } : {}) })
const one = (name: string, ...statements: JsonObject[]): UserSpec => ({ name, inline: { [`${name}-policy`]: doc(...statements) } })
const instanceArn = (id: string): string => `arn:aws:ec2:eu-west-1:${E}:instance/${id}`
const fnArn = (name: string): string => `arn:aws:lambda:eu-west-1:${E}:function:${name}`

const passRoleCases: readonly [string, string, string, readonly string[]][] = [
  ['pr-ec2', 'esc-ec2-admin', 'ec2.amazonaws.com', ['ec2:RunInstances']],
  ['pr-spot', 'esc-ec2-admin', 'ec2.amazonaws.com', ['ec2:RequestSpotInstances']],
  ['pr-lambda-invoke', 'esc-lambda-admin', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:InvokeFunction']],
  ['pr-lambda-esm', 'esc-lambda-admin', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping']],
  ['pr-lambda-perm', 'esc-lambda-admin', 'lambda.amazonaws.com', ['lambda:CreateFunction', 'lambda:AddPermission']],
  ['pr-cfn', 'esc-cfn-admin', 'cloudformation.amazonaws.com', ['cloudformation:CreateStack']],
  ['pr-glue-endpoint', 'esc-glue-admin', 'glue.amazonaws.com', ['glue:CreateDevEndpoint']],
  ['pr-glue-job', 'esc-glue-admin', 'glue.amazonaws.com', ['glue:CreateJob', 'glue:StartJobRun']],
  ['pr-ecs-task', 'esc-ecs-admin', 'ecs-tasks.amazonaws.com', ['ecs:RegisterTaskDefinition', 'ecs:RunTask']],
  ['pr-ecs-service', 'esc-ecs-admin', 'ecs-tasks.amazonaws.com', ['ecs:RegisterTaskDefinition', 'ecs:CreateService']],
  ['pr-codebuild', 'esc-codebuild-admin', 'codebuild.amazonaws.com', ['codebuild:CreateProject', 'codebuild:StartBuild']],
  ['pr-sagemaker-notebook', 'esc-sagemaker-admin', 'sagemaker.amazonaws.com', ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl']],
  ['pr-sagemaker-training', 'esc-sagemaker-admin', 'sagemaker.amazonaws.com', ['sagemaker:CreateTrainingJob']],
  ['pr-datapipeline', 'esc-datapipeline-admin', 'datapipeline.amazonaws.com', ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline']],
  ['pr-apprunner', 'esc-apprunner-admin', 'tasks.apprunner.amazonaws.com', ['apprunner:CreateService']],
  ['pr-autoscaling', 'esc-ec2-admin', 'ec2.amazonaws.com', ['autoscaling:CreateLaunchConfiguration', 'autoscaling:CreateAutoScalingGroup']],
]

const escalationUsers: UserSpec[] = [
  // iam:CreatePolicyVersion: rewrite an attached policy / may only read its versions.
  { ...one('cpv-pos', allow('iam:CreatePolicyVersion', policyArn(E, 'esc-shared'))), managed: [policyArn(E, 'esc-shared')] },
  { ...one('cpv-neg', allow(['iam:GetPolicyVersion', 'iam:ListPolicyVersions'], policyArn(E, 'esc-shared'))), managed: [policyArn(E, 'esc-shared')] },
  // iam:SetDefaultPolicyVersion: an old version is admin / the old version is not.
  { ...one('sdv-pos', allow('iam:SetDefaultPolicyVersion', policyArn(E, 'esc-shared'))), managed: [policyArn(E, 'esc-shared')] },
  { ...one('sdv-neg', allow('iam:SetDefaultPolicyVersion', policyArn(E, 'esc-plain'))), managed: [policyArn(E, 'esc-plain')] },
  // iam:AttachUserPolicy: on itself / on another user only.
  one('aup-pos', allow('iam:AttachUserPolicy', self)),
  one('aup-neg', allow('iam:AttachUserPolicy', userArn(E, 'esc-victim'))),
  // iam:PutUserPolicy: on itself / on itself but a boundary caps it at S3.
  one('pup-pos', allow('iam:PutUserPolicy', self)),
  { ...one('pup-neg', allow('iam:PutUserPolicy', self)), boundary: policyArn(E, 'esc-boundary-s3-and-iam') },
  // iam:AttachGroupPolicy: on its own group / on a group it is not in.
  { ...one('agp-pos', allow('iam:AttachGroupPolicy', groupArn(E, 'esc-team-a'))), groups: ['esc-team-a'] },
  { ...one('agp-neg', allow('iam:AttachGroupPolicy', groupArn(E, 'esc-team-a'))), groups: ['esc-team-b'] },
  // iam:PutGroupPolicy: on its own group / explicitly denied on it.
  { ...one('pgp-pos', allow('iam:PutGroupPolicy', groupArn(E, 'esc-team-c'))), groups: ['esc-team-c'] },
  { ...one('pgp-neg', allow('iam:PutGroupPolicy'), deny('iam:PutGroupPolicy', groupArn(E, 'esc-team-d'))), groups: ['esc-team-d'] },
  // iam:AttachRolePolicy / PutRolePolicy on a role it can assume / on a role that does not trust it.
  one('arpa-pos', allow('iam:AttachRolePolicy', roleArn(E, 'esc-assumable'))),
  one('arpa-neg', allow('iam:AttachRolePolicy', roleArn(E, 'esc-assumable'))),
  one('prpa-pos', allow('iam:PutRolePolicy', roleArn(E, 'esc-assumable'))),
  one('prpa-neg', allow('iam:PutRolePolicy', roleArn(E, 'esc-assumable'))),
  // iam:DeleteUserPermissionsBoundary: admin behind an escapable boundary / behind a tight one.
  { name: 'dub-pos', managed: [ADMIN], boundary: policyArn(E, 'esc-boundary-escapable') },
  { name: 'dub-neg', managed: [ADMIN], boundary: policyArn(E, 'esc-boundary-s3-and-iam') },
  // iam:AddUserToGroup: into the admin group / into a read-only group.
  one('autg-pos', allow('iam:AddUserToGroup', groupArn(E, 'esc-admins'))),
  one('autg-neg', allow('iam:AddUserToGroup', groupArn(E, 'esc-readers'))),
  // Credentials of another user / of itself only, or read-only look-alikes.
  one('cak-pos', allow('iam:CreateAccessKey', userArn(E, 'esc-victim'))),
  one('cak-neg', allow('iam:CreateAccessKey', self)),
  one('clp-pos', allow('iam:CreateLoginProfile', userArn(E, 'esc-victim'))),
  one('clp-neg', allow('iam:GetLoginProfile', userArn(E, 'esc-victim'))),
  one('ulp-pos', allow('iam:UpdateLoginProfile', userArn(E, 'esc-victim'))),
  one('ulp-neg', allow('iam:UpdateLoginProfile', self)),
  // iam:UpdateAssumeRolePolicy / look-alike role reads and updates.
  one('uarp-pos', allow('iam:UpdateAssumeRolePolicy', roleArn(E, 'esc-victim-role'))),
  one('uarp-neg', allow(['iam:GetRole', 'iam:UpdateRole'], roleArn(E, 'esc-victim-role'))),
  // sts:AssumeRole on a role trusting the account / no identity grant for it.
  one('sar-pos', allow('sts:AssumeRole', roleArn(E, 'esc-trusts-account'))),
  one('sar-neg', allow('sts:GetCallerIdentity')),
  // iam:PassRole + a service: the admin role the service trusts / only app-* roles.
  ...passRoleCases.flatMap(([id, role, , actions]) => [
    one(`${id}-pos`, allow('iam:PassRole', roleArn(E, role)), allow([...actions])),
    one(`${id}-neg`, allow('iam:PassRole', roleArn(E, 'app-*')), allow([...actions])),
  ]),
  // An EC2 role without an instance profile: the attacker must be able to create one.
  one('pr-ec2-noprofile-pos', allow('iam:PassRole', roleArn(E, 'esc-ec2-noprofile')), allow(['ec2:RunInstances', 'iam:CreateInstanceProfile', 'iam:AddRoleToInstanceProfile'])),
  one('pr-ec2-noprofile-neg', allow('iam:PassRole', roleArn(E, 'esc-ec2-noprofile')), allow('ec2:RunInstances')),
  // Existing compute with a role.
  one('ufc-pos', allow('lambda:UpdateFunctionCode', fnArn('esc-fn'))),
  one('ufc-neg', allow(['lambda:GetFunction', 'lambda:InvokeFunction'], fnArn('esc-fn'))),
  one('ufcfg-pos', allow('lambda:UpdateFunctionConfiguration', fnArn('esc-fn'))),
  one('ufcfg-neg', allow('lambda:UpdateFunctionConfiguration', fnArn('esc-fn')), deny('lambda:*', fnArn('esc-fn'))),
  one('ssm-pos', allow('ssm:SendCommand', instanceArn('i-esc0001'))),
  one('ssm-neg', allow('ssm:SendCommand', instanceArn('i-esc0002'))),
  one('sss-pos', allow('ssm:StartSession', instanceArn('i-esc0001'))),
  { ...one('sss-neg', allow('ssm:StartSession', instanceArn('i-esc0001'))), boundary: policyArn(E, 'esc-boundary-s3-and-iam') },
  one('eic-pos', allow('ec2-instance-connect:SendSSHPublicKey', instanceArn('i-esc0001'))),
  one('eic-neg', allow('ec2-instance-connect:SendSSHPublicKey', instanceArn('i-esc0002'))),
  one('mud-pos', allow(['ec2:ModifyInstanceAttribute', 'ec2:StopInstances', 'ec2:StartInstances'], instanceArn('i-esc0001'))),
  one('mud-neg', allow('ec2:ModifyInstanceAttribute', instanceArn('i-esc0001'))),
  { name: 'esc-victim' },
]

const escalationRoles: RoleSpec[] = [
  { name: 'arp-pos', trust: ec2Trust, inline: { self: doc(allow('iam:AttachRolePolicy', roleArn(E, 'arp-pos'))) } },
  { name: 'arp-neg', trust: ec2Trust, inline: { self: doc(allow(['iam:DetachRolePolicy', 'iam:ListAttachedRolePolicies'], roleArn(E, 'arp-neg'))) } },
  { name: 'prp-pos', trust: ec2Trust, inline: { self: doc(allow('iam:PutRolePolicy', roleArn(E, 'prp-pos'))) } },
  { name: 'prp-neg', trust: ec2Trust, inline: { self: doc(allow('iam:PutRolePolicy', roleArn(E, 'other-*'))) } },
  { name: 'drb-pos', trust: ec2Trust, managed: [ADMIN], boundary: policyArn(E, 'esc-boundary-escapable') },
  { name: 'drb-neg', trust: ec2Trust, inline: { s3: doc(allow(['s3:*', 'iam:DeleteRolePermissionsBoundary'])) }, boundary: policyArn(E, 'esc-boundary-escapable') },
  { name: 'esc-assumable', trust: trust({ AWS: [userArn(E, 'arpa-pos'), userArn(E, 'prpa-pos'), `arn:aws:iam::${E}:root`] }), inline: { read: doc(allow('s3:ListAllMyBuckets')) } },
  { name: 'esc-victim-role', trust: ec2Trust, managed: [ADMIN] },
  { name: 'esc-trusts-account', trust: trust({ AWS: `arn:aws:iam::${E}:root` }), managed: [ADMIN] },
  svcRole('esc-ec2-admin', 'ec2.amazonaws.com', 'esc-ec2-admin'),
  svcRole('esc-ec2-noprofile', 'ec2.amazonaws.com'),
  svcRole('esc-lambda-admin', 'lambda.amazonaws.com'),
  svcRole('esc-cfn-admin', 'cloudformation.amazonaws.com'),
  svcRole('esc-glue-admin', 'glue.amazonaws.com'),
  svcRole('esc-ecs-admin', 'ecs-tasks.amazonaws.com'),
  svcRole('esc-codebuild-admin', 'codebuild.amazonaws.com'),
  svcRole('esc-sagemaker-admin', 'sagemaker.amazonaws.com'),
  svcRole('esc-datapipeline-admin', 'datapipeline.amazonaws.com'),
  svcRole('esc-apprunner-admin', 'tasks.apprunner.amazonaws.com'),
  { name: 'esc-fn-role', trust: trust({ Service: 'lambda.amazonaws.com' }), inline: { data: doc(allow('dynamodb:*')) } },
  { name: 'esc-instance-role', trust: ec2Trust, inline: { data: doc(allow('s3:*')) }, profile: 'esc-instance-profile' },
]

write(
  'escalation-authz.json',
  authorizationDetails(E, {
    users: escalationUsers,
    roles: escalationRoles,
    groups: [
      { name: 'esc-team-a' },
      { name: 'esc-team-b' },
      { name: 'esc-team-c' },
      { name: 'esc-team-d' },
      { name: 'esc-admins', managed: [ADMIN] },
      { name: 'esc-readers', inline: { read: doc(allow(['s3:Get*', 's3:List*'])) } },
    ],
    policies: [
      { arn: ADMIN, versions: [doc(allow('*'))] },
      { arn: policyArn(E, 'esc-shared'), versions: [doc(allow('s3:ListAllMyBuckets')), doc(allow('*'))] },
      { arn: policyArn(E, 'esc-plain'), versions: [doc(allow('s3:ListAllMyBuckets')), doc(allow('s3:GetObject'))] },
      { arn: policyArn(E, 'esc-boundary-escapable'), versions: [doc(allow(['s3:*', 'iam:DeleteUserPermissionsBoundary', 'iam:DeleteRolePermissionsBoundary']))] },
      { arn: policyArn(E, 'esc-boundary-s3-and-iam'), versions: [doc(allow(['s3:*', 'iam:PutUserPolicy']))] },
    ],
  }),
)
write(
  'escalation-config.json',
  configSnapshot([
    lambdaFunction(E, 'esc-fn', roleArn(E, 'esc-fn-role')),
    instance(E, 'i-esc0001', profileArn(E, 'esc-instance-profile')),
    instance(E, 'i-esc0002'),
  ]),
)

// ---------------------------------------------------------------- permissions (accounts A, B, C, M)
const A = '111122223333'
const B = '444455556666'
const C = '555566667777'
const M = '999900001111'
const ORG = 'o-skyhoundtest'
const EXTERNAL = '210987654321'
const readBucket = (name: string): JsonObject => allow(['s3:GetObject', 's3:ListBucket'], [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`])

write(
  'permissions-authz-111122223333.json',
  authorizationDetails(A, {
    users: [
      { name: 'chain-start', inline: { hop: doc(allow('sts:AssumeRole', roleArn(A, 'chain-1'))) } },
      { name: 'direct-trust-user' },
      { name: 'root-trust-user' },
      { name: 'bounded', managed: [ADMIN], boundary: policyArn(A, 'boundary-s3-read') },
      { name: 'policy-only-user' },
      { name: 'root-delegated-user' },
      { name: 'kms-identity-only', inline: { kms: doc(allow('kms:Decrypt')) } },
      { name: 'mfa-reader', inline: { mfa: doc(allow('s3:GetObject', 'arn:aws:s3:::team-bucket/*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })) } },
      { name: 'ip-limited', inline: { ip: doc(allow('s3:*', 'arn:aws:s3:::team-bucket*'), deny('s3:*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })) } },
      { name: 'denied-reader', inline: { read: doc(allow(['s3:Get*', 's3:List*']), deny('s3:GetObject', 'arn:aws:s3:::team-bucket/*')) } },
      { name: 'poweruser', managed: [awsPolicy('PowerUserAccess')] },
      {
        name: 'data-reader',
        inline: {
          data: doc(
            allow('secretsmanager:GetSecretValue', `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-*`),
            allow('dynamodb:Query', `arn:aws:dynamodb:eu-west-1:${A}:table/orders`),
            allow('rds-db:connect', `arn:aws:rds-db:eu-west-1:${A}:dbuser:*/app`),
            allow('lambda:InvokeFunction', `arn:aws:lambda:eu-west-1:${A}:function:*`),
            allow(['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], `arn:aws:ecr:eu-west-1:${A}:repository/app`),
            allow('sqs:ReceiveMessage', `arn:aws:sqs:eu-west-1:${A}:jobs`),
            allow('sns:Subscribe', `arn:aws:sns:eu-west-1:${A}:alerts`),
            allow('ssm:SendCommand', `arn:aws:ec2:eu-west-1:${A}:instance/*`),
          ),
        },
      },
      { name: 'grouped', groups: ['path-group'] },
      { name: 'unknown-policy-user', managed: [awsPolicy('SecurityAudit')], inline: { read: doc(readBucket('other-bucket')) } },
      { name: 'unknown-boundary-user', boundary: policyArn(A, 'not-exported-boundary'), inline: { read: doc(readBucket('other-bucket')) } },
    ],
    roles: [
      { name: 'chain-1', trust: trust({ AWS: userArn(A, 'chain-start') }), inline: { hop: doc(allow('sts:AssumeRole', roleArn(B, 'chain-2'))) } },
      { name: 'chain-x', trust: trust({ Service: 'ec2.amazonaws.com' }), inline: { other: doc(allow('s3:ListAllMyBuckets')) } },
      { name: 'trusts-user-directly', trust: trust({ AWS: userArn(A, 'direct-trust-user') }) },
      { name: 'trusts-root', trust: trust({ AWS: A }) },
      { name: 'ext-trusted', trust: trust({ AWS: `arn:aws:iam::${EXTERNAL}:root` }, { Condition: { StringEquals: { 'sts:ExternalId': 'vendor-42' } } }), managed: [awsPolicy('ReadOnlyAccess')] },
      { name: 'ext-node-trusted', trust: trust({ AWS: '123412341234' }) },
      { name: 'public-trust', trust: trust('*') },
      { name: 'github-deploy', trust: doc({ Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com` }, Action: 'sts:AssumeRoleWithWebIdentity' }) },
      { name: 'admin-role', trust: trust({ Service: 'ec2.amazonaws.com' }), managed: [ADMIN], profile: 'admin-role' },
      { name: 'key-admin', trust: trust({ Service: 'ec2.amazonaws.com' }) },
    ],
    policies: [
      { arn: ADMIN, versions: [doc(allow('*'))] },
      { arn: awsPolicy('ReadOnlyAccess'), versions: [doc(allow(['s3:Get*', 's3:List*', 'ec2:Describe*']))] },
      { arn: policyArn(A, 'boundary-s3-read'), versions: [doc(allow(['s3:Get*', 's3:List*']))] },
    ],
  }),
)
// A second page of the same account: the group lives at a path, found by name from the user's GroupList.
write(
  'permissions-authz-111122223333-page2.json',
  authorizationDetails(A, { groups: [{ name: 'path-group', path: '/teams/', inline: { read: doc(readBucket('team-bucket')) } }] }),
)
write(
  'permissions-authz-444455556666.json',
  authorizationDetails(B, {
    roles: [
      { name: 'chain-2', trust: trust({ AWS: [roleArn(A, 'chain-1'), roleArn(A, 'chain-x')] }), inline: { hop: doc(allow('sts:AssumeRole', roleArn(B, 'chain-3'))) } },
      { name: 'chain-3', trust: trust({ AWS: roleArn(B, 'chain-2') }), managed: [ADMIN] },
      { name: 'b-reader', trust: trust({ Service: 'ec2.amazonaws.com' }), inline: { read: doc(allow('s3:GetObject')) } },
      { name: 'b-no-identity', trust: trust({ Service: 'ec2.amazonaws.com' }) },
      { name: 'b-narrow-reader', trust: trust({ Service: 'ec2.amazonaws.com' }), inline: { read: doc(allow('s3:GetObject', 'arn:aws:s3:::b-open-*')) } },
      { name: 'b-other-reader', trust: trust({ Service: 'ec2.amazonaws.com' }), inline: { read: doc(allow('s3:GetObject', 'arn:aws:s3:::team-*')) } },
    ],
    policies: [{ arn: ADMIN, versions: [doc(allow('*'))] }],
  }),
)
write(
  'permissions-authz-555566667777.json',
  authorizationDetails(C, {
    users: [{ name: 'scp-admin', managed: [ADMIN] }],
    roles: [{ name: 'AWSServiceRoleForSupport', path: '/aws-service-role/support.amazonaws.com/', trust: trust({ Service: 'support.amazonaws.com' }), managed: [ADMIN] }],
    policies: [{ arn: ADMIN, versions: [doc(allow('*'))] }],
  }),
)
write(
  'permissions-authz-999900001111.json',
  authorizationDetails(M, { roles: [{ name: 'mgmt-admin', trust: trust({ AWS: M }), managed: [ADMIN] }], policies: [{ arn: ADMIN, versions: [doc(allow('*'))] }] }),
)
writeFileSync(
  `${dir}permissions-scp.json`,
  `${JSON.stringify(
    [
      describedScp({ management: M, org: ORG, id: 'p-rootdenyiam', name: 'NoIamWrites', content: doc({ Sid: 'NoIamWrites', Effect: 'Deny', Action: ['iam:Create*', 'iam:Attach*', 'iam:Put*'], Resource: '*' }), targets: ['root:r-sky1'] }),
      describedScp({
        management: M,
        org: ORG,
        id: 'p-dataonly',
        name: 'DataOnly',
        content: doc(
          { Sid: 'AllowData', Effect: 'Allow', Action: ['s3:*', 'kms:*', 'sts:*'], Resource: '*' },
          { Sid: 'KeepBuckets', Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' },
          { Sid: 'RegionLock', Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } },
        ),
        targets: [C],
      }),
    ],
    null,
    1,
  )}\n`,
)

const teamPolicy = doc(
  { Sid: 'UserNamed', Effect: 'Allow', Principal: { AWS: userArn(A, 'policy-only-user') }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::team-bucket/*' },
  { Sid: 'AccountNamed', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::team-bucket' },
)
const sharedPolicy = doc({
  Sid: 'CrossAccount',
  Effect: 'Allow',
  Principal: { AWS: [roleArn(B, 'b-reader'), roleArn(B, 'b-no-identity')] },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::shared-bucket/*',
})
write(
  'permissions-config.json',
  configSnapshot([
    bucket(A, 'team-bucket', teamPolicy),
    bucket(A, 'shared-bucket', sharedPolicy),
    bucket(A, 'other-bucket'),
    bucket(A, 'b-open-bucket', doc({ Sid: 'AccountB', Effect: 'Allow', Principal: { AWS: B }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b-open-bucket/*' })),
    kmsKey(A, 'k-custom', doc({ Sid: 'KeyAdminOnly', Effect: 'Allow', Principal: { AWS: roleArn(A, 'key-admin') }, Action: 'kms:*', Resource: '*' })),
    kmsKey(A, 'k-default'),
    secret(A, 'db-password', 'AbCdEf'),
    secret(A, 'api-token', 'GhIjKl'),
    table(A, 'orders'),
    database(A, 'orders-db', 'db-ORDERSDB0000000000000001', true),
    database(A, 'legacy-db', 'db-LEGACYDB000000000000001', false),
    lambdaFunction(A, 'worker', roleArn(A, 'chain-x')),
    repository(A, 'app'),
    queue(A, 'jobs', doc({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:eu-west-1:${A}:jobs` })),
    topic(A, 'alerts'),
    instance(A, 'i-0perm000000000001', profileArn(A, 'admin-role')),
    bucket(C, 'c-bucket'),
  ]),
)
