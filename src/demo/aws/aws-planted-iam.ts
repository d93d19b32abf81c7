/**
 * @module The planted IAM of both AWS accounts: privilege escalation (PassRole + RunInstances,
 * CreatePolicyVersion), a cross-account role chain, external trust, IRSA roles and the node role, each
 * beside a look-alike that must not be flagged.
 */
import { AWS_DEV, AWS_EXTERNAL_ACCOUNT, AWS_PROD, companyTags } from '../demo-company.js'
import { stableHex } from '../demo-random.js'
import type { IamAccount } from './aws-iam-model.js'
import { allow, awsManagedArn, doc, policyArn, roleArn, trustAws, trustService } from './aws-iam-model.js'

const P = AWS_PROD.accountId
const D = AWS_DEV.accountId

export const EKS_OIDC_ID = stableHex('eks-oidc', 32).toUpperCase()
export const EKS_OIDC_HOST = `oidc.eks.${AWS_PROD.region}.amazonaws.com/id/${EKS_OIDC_ID}`

export const BUCKETS = {
  pii: 'ridgeline-prod-customer-pii',
  exports: 'ridgeline-prod-exports',
  website: 'ridgeline-prod-website',
  orders: 'ridgeline-prod-orders',
  drReplica: 'ridgeline-dr-replica',
  invoices: 'ridgeline-prod-invoices',
  drInvoices: 'ridgeline-dr-invoices',
  paymentsArchive: 'ridgeline-prod-payments-archive',
  artifacts: 'ridgeline-prod-artifacts',
  devState: 'ridgeline-dev-terraform-state',
  devScratch: 'ridgeline-dev-scratch',
} as const

export const KMS_KEYS = {
  pii: stableHex('kms-pii', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
  payments: stableHex('kms-payments', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
} as const
export const kmsKeyArn = (keyId: string): string => `arn:aws:kms:${AWS_PROD.region}:${P}:key/${keyId}`

const s3Read = (bucket: string): ReturnType<typeof allow> =>
  allow(['s3:GetObject', 's3:ListBucket'], [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`])

function irsaTrust(namespace: string, serviceAccount: string): ReturnType<typeof doc> {
  return doc({
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::${P}:oidc-provider/${EKS_OIDC_HOST}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringEquals: {
        [`${EKS_OIDC_HOST}:sub`]: `system:serviceaccount:${namespace}:${serviceAccount}`,
        [`${EKS_OIDC_HOST}:aud`]: 'sts.amazonaws.com',
      },
    },
  })
}

export const PROD_IAM: IamAccount = {
  accountId: P,
  users: [
    {
      name: 'dev-alice',
      groups: ['developers'],
      inline: [{ name: 'ec2-launch-with-role', document: doc(allow(['iam:PassRole', 'ec2:RunInstances', 'ec2:Describe*'], '*')) }],
      tags: companyTags('shop', 'low'),
      createdDaysAgo: 420,
    },
    {
      name: 'dev-bob',
      groups: ['developers'],
      inline: [
        {
          name: 'ec2-launch-app-roles',
          document: doc(allow('iam:PassRole', roleArn(P, 'app-*')), allow(['ec2:RunInstances', 'ec2:Describe*'], '*')),
        },
      ],
      tags: companyTags('shop', 'low'),
      createdDaysAgo: 380,
    },
    {
      name: 'ci-policy-bot',
      managed: [policyArn(P, 'ci-deploy-policy')],
      inline: [{ name: 'manage-own-policy', document: doc(allow(['iam:CreatePolicyVersion', 'iam:DeletePolicyVersion'], policyArn(P, 'ci-deploy-policy'))) }],
      tags: companyTags('platform', 'medium'),
    },
    {
      name: 'ci-policy-reader',
      managed: [policyArn(P, 'ci-deploy-policy')],
      inline: [
        {
          name: 'inspect-own-policy',
          document: doc(allow(['iam:GetPolicy', 'iam:GetPolicyVersion', 'iam:ListPolicyVersions'], policyArn(P, 'ci-deploy-policy'))),
        },
      ],
      tags: companyTags('platform', 'low'),
    },
    // Two administrators who sign in to the console: one without an MFA device (planted), one with (look-alike).
    { name: 'ops-admin-jdoe', managed: [awsManagedArn('AdministratorAccess')], console: { mfa: false }, tags: companyTags('ops', 'high'), createdDaysAgo: 1300 },
    { name: 'ops-admin-asmith', managed: [awsManagedArn('AdministratorAccess')], console: { mfa: true }, tags: companyTags('ops', 'high'), createdDaysAgo: 800 },
    {
      name: 'svc-legacy-sync',
      inline: [{ name: 'read-customer-pii', document: doc(s3Read(BUCKETS.pii), allow('kms:Decrypt', kmsKeyArn(KMS_KEYS.pii))) }],
      tags: companyTags('data', 'high'),
      createdDaysAgo: 1100,
    },
  ],
  groups: [{ name: 'developers', managed: [policyArn(P, 'developer-baseline')] }],
  roles: [
    { name: 'legacy-app-role', trust: trustService('ec2.amazonaws.com'), managed: [awsManagedArn('AdministratorAccess')], instanceProfile: 'legacy-app-profile', tags: companyTags('shop', 'high') },
    {
      name: 'reporting-role',
      trust: trustService('ec2.amazonaws.com'),
      inline: [{ name: 'read-customer-pii', document: doc(s3Read(BUCKETS.pii), allow('kms:Decrypt', kmsKeyArn(KMS_KEYS.pii))) }],
      instanceProfile: 'reporting-profile',
      tags: companyTags('analytics', 'high'),
    },
    { name: 'ec2-admin', trust: trustService('ec2.amazonaws.com'), managed: [awsManagedArn('AdministratorAccess')], instanceProfile: 'ec2-admin', tags: companyTags('platform', 'critical') },
    {
      name: 'app-worker',
      trust: trustService('ec2.amazonaws.com'),
      inline: [{ name: 'queue-access', document: doc(allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:SendMessage'], `arn:aws:sqs:${AWS_PROD.region}:${P}:orders-*`)) }],
      instanceProfile: 'app-worker',
      tags: companyTags('shop', 'medium'),
    },
    {
      name: 'ridgeline-eks-node-role',
      trust: trustService('ec2.amazonaws.com'),
      managed: [awsManagedArn('AmazonEKSWorkerNodePolicy'), awsManagedArn('AmazonEC2ContainerRegistryReadOnly'), awsManagedArn('AmazonEKS_CNI_Policy')],
      // A "temporary" grant added for a log export job years ago: every pod that escapes to a node inherits it.
      inline: [{ name: 'legacy-pii-export', document: doc(allow('s3:GetObject', `arn:aws:s3:::${BUCKETS.pii}/*`)) }],
      instanceProfile: 'ridgeline-eks-node-profile',
      tags: companyTags('platform', 'high'),
    },
    { name: 'ridgeline-eks-cluster-role', trust: trustService('eks.amazonaws.com'), managed: [awsManagedArn('AmazonEKSClusterPolicy')], tags: companyTags('platform', 'high') },
    {
      name: 'payments-irsa',
      trust: irsaTrust('payments', 'payments-api'),
      inline: [{ name: 'read-payments-archive', document: doc(s3Read(BUCKETS.paymentsArchive), allow('kms:Decrypt', kmsKeyArn(KMS_KEYS.payments))) }],
      tags: companyTags('payments', 'critical'),
    },
    {
      name: 'payments-batch-irsa',
      trust: irsaTrust('payments', 'payments-reconciler'),
      inline: [{ name: 'read-payments-archive', document: doc(s3Read(BUCKETS.paymentsArchive), allow('kms:Decrypt', kmsKeyArn(KMS_KEYS.payments))) }],
      tags: companyTags('payments', 'high'),
    },
    {
      name: 'ops-deploy',
      trust: trustAws(roleArn(D, 'ops-jump')),
      inline: [{ name: 'deploy', document: doc(allow('sts:AssumeRole', roleArn(P, 'ops-break-glass')), allow(['eks:DescribeCluster', 'ecr:GetAuthorizationToken'], '*')) }],
      tags: companyTags('ops', 'high'),
    },
    { name: 'ops-break-glass', trust: trustAws(roleArn(P, 'ops-deploy')), managed: [awsManagedArn('AdministratorAccess')], tags: companyTags('ops', 'critical') },
    {
      name: 'ops-staging-deploy',
      trust: trustAws(roleArn(D, 'ops-jump')),
      inline: [{ name: 'describe', document: doc(allow(['ec2:Describe*', 'eks:DescribeCluster'], '*')) }],
      tags: companyTags('ops', 'medium'),
    },
    {
      name: 'vendor-audit',
      description: 'Read-only access for the external audit vendor',
      trust: trustAws(`arn:aws:iam::${AWS_EXTERNAL_ACCOUNT}:root`),
      managed: [awsManagedArn('SecurityAudit'), awsManagedArn('ReadOnlyAccess')],
      tags: companyTags('security', 'high', { vendor: 'northpeak-audit' }),
    },
    {
      name: 'partner-sso',
      description: 'Read-only access for the dev account engineers',
      trust: trustAws(`arn:aws:iam::${D}:root`),
      managed: [awsManagedArn('ReadOnlyAccess')],
      tags: companyTags('platform', 'medium'),
    },
    {
      name: 's3-replication-role',
      trust: trustService('s3.amazonaws.com'),
      inline: [
        {
          name: 'replicate',
          document: doc(
            allow(['s3:GetReplicationConfiguration', 's3:ListBucket', 's3:GetObjectVersionForReplication'], [`arn:aws:s3:::${BUCKETS.orders}`, `arn:aws:s3:::${BUCKETS.orders}/*`, `arn:aws:s3:::${BUCKETS.invoices}`, `arn:aws:s3:::${BUCKETS.invoices}/*`]),
            allow(['s3:ReplicateObject', 's3:ReplicateDelete'], [`arn:aws:s3:::${BUCKETS.drReplica}/*`, `arn:aws:s3:::${BUCKETS.drInvoices}/*`]),
          ),
        },
      ],
      tags: companyTags('data', 'medium'),
    },
    { name: 'order-events-exec', trust: trustService('lambda.amazonaws.com'), managed: [awsManagedArn('AWSLambdaBasicExecutionRole')], tags: companyTags('shop', 'medium') },
  ],
  policies: [
    {
      name: 'developer-baseline',
      arn: policyArn(P, 'developer-baseline'),
      path: '/',
      description: 'Baseline console access for developers',
      versions: [{ id: 'v3', isDefault: true, document: doc(allow(['ec2:Describe*', 'logs:Describe*', 'logs:Get*', 'cloudwatch:Get*'], '*')) }],
    },
    {
      name: 'ci-deploy-policy',
      arn: policyArn(P, 'ci-deploy-policy'),
      path: '/',
      description: 'What the CI pipeline may do',
      versions: [
        { id: 'v2', isDefault: true, document: doc(allow('s3:PutObject', `arn:aws:s3:::${BUCKETS.artifacts}/*`), allow(['ecr:PutImage', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:InitiateLayerUpload'], '*')) },
        { id: 'v1', isDefault: false, document: doc(allow('s3:PutObject', `arn:aws:s3:::${BUCKETS.artifacts}/*`)) },
      ],
    },
  ],
}

export const DEV_IAM: IamAccount = {
  accountId: D,
  users: [
    { name: 'ci-deployer', managed: [awsManagedArn('AdministratorAccess')], tags: companyTags('platform', 'high', { env: 'dev' }), createdDaysAgo: 900 },
    { name: 'dev-carol', groups: ['dev-team'], tags: companyTags('shop', 'low', { env: 'dev' }) },
  ],
  groups: [{ name: 'dev-team', managed: [awsManagedArn('ReadOnlyAccess')] }],
  roles: [
    {
      name: 'ops-jump',
      trust: trustService('ec2.amazonaws.com'),
      inline: [{ name: 'assume-prod-deploy', document: doc(allow('sts:AssumeRole', roleArn(P, 'ops-deploy'))) }],
      instanceProfile: 'ops-jump',
      tags: companyTags('ops', 'high', { env: 'dev' }),
    },
    { name: 'legacy-sync-exec', trust: trustService('lambda.amazonaws.com'), managed: [awsManagedArn('AWSLambdaBasicExecutionRole')], tags: companyTags('data', 'medium', { env: 'dev' }) },
    {
      name: 'legacy-sync-v2-exec',
      trust: trustService('lambda.amazonaws.com'),
      managed: [awsManagedArn('AWSLambdaBasicExecutionRole')],
      inline: [{ name: 'scratch-read', document: doc(s3Read(BUCKETS.devScratch)) }],
      tags: companyTags('data', 'medium', { env: 'dev' }),
    },
  ],
  policies: [],
}
