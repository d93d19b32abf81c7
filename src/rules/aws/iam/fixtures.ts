/** @module IAM nodes as the IAM mappers and the credential report normalize them, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const ACCOUNT = 'aws://accounts/111122223333'
const DAY = 24 * 60 * 60 * 1000

/** An ISO timestamp `days` days before now. */
export const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString()

export const ACCOUNT_NODE: NodeInput = {
  id: 'aws://accounts/111122223333',
  kind: 'aws.account',
  family: 'account',
  provider: 'aws',
  scope: ACCOUNT,
  name: '111122223333',
  props: { accountId: '111122223333', rootMfaEnabled: true, rootActiveAccessKeyCount: 0 },
}

export const USER: NodeInput = {
  id: 'arn:aws:iam::111122223333:user/alice',
  kind: 'aws.iam.user',
  family: 'identity',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'alice',
  props: {
    userName: 'alice',
    createdAt: daysAgo(400),
    attachedPolicyArns: [],
    inlinePolicies: [],
    groupNames: ['developers'],
    passwordEnabled: true,
    passwordLastUsedAt: daysAgo(2),
    mfaEnabled: true,
    accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000001', status: 'Active', createdAt: daysAgo(30), lastUsedAt: daysAgo(1) }],
  },
}

export const ROLE: NodeInput = {
  id: 'arn:aws:iam::111122223333:role/app',
  kind: 'aws.iam.role',
  family: 'identity',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'app',
  props: {
    roleName: 'app',
    trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
    attachedPolicyArns: [],
    inlinePolicies: [],
  },
}

export const POLICY: NodeInput = {
  id: 'arn:aws:iam::111122223333:policy/app-data',
  kind: 'aws.iam.policy',
  family: 'policy',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'app-data',
  props: {
    policyName: 'app-data',
    awsManaged: false,
    attachmentCount: 2,
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::data/*' }] },
  },
}

/** Another user of the account, active today: it dates the input, which ages are measured against. */
export const ACTIVE_PEER: NodeInput = {
  ...USER,
  id: 'arn:aws:iam::111122223333:user/bob',
  name: 'bob',
  props: { userName: 'bob', passwordEnabled: true, passwordLastUsedAt: daysAgo(0), attachedPolicyArns: [], inlinePolicies: [] },
}
