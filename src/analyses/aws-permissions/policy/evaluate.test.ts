import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../../model/graph-types.js'
import { evaluate } from './evaluate.js'
import type { PolicySet, ResourceMode, Verdict } from './evaluate.js'
import { normalizePolicy } from './normalize-policy.js'
import type { RequestPrincipal } from './principal-match.js'
import type { PolicyKind, PolicyStatement } from './statement.js'

const A = '111122223333'
const B = '444455556666'
const alice: RequestPrincipal = { kind: 'user', arn: `arn:aws:iam::${A}:user/alice`, account: A, name: 'alice' }
const appRole: RequestPrincipal = { kind: 'role', arn: `arn:aws:iam::${A}:role/app`, account: A, name: 'app' }
const foreignRole: RequestPrincipal = { kind: 'role', arn: `arn:aws:iam::${B}:role/reader`, account: B, name: 'reader' }

const stmts = (kind: PolicyKind, ...statements: JsonObject[]): PolicyStatement[] =>
  [...normalizePolicy({ Version: '2012-10-17', Statement: statements }, { id: `policy/${kind}`, name: kind, kind }).statements]

const allow = (action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({ Effect: 'Allow', Action: action, Resource: resource, ...extra })
const deny = (action: string | string[], resource: string | string[] = '*', extra: JsonObject = {}): JsonObject => ({ Effect: 'Deny', Action: action, Resource: resource, ...extra })

interface Case {
  readonly name: string
  readonly principal?: RequestPrincipal
  readonly action: string
  readonly resource: string
  readonly resourceAccount?: string
  readonly mode?: ResourceMode
  readonly policies: PolicySet
  readonly expect: Verdict
  readonly reason?: RegExp
  readonly caveat?: RegExp
  readonly noCaveats?: boolean
}

const BUCKET = 'arn:aws:s3:::data'
const KEY = `arn:aws:kms:eu-west-1:${A}:key/k1`

const CASES: Case[] = [
  { name: 'an identity allow grants', action: 's3:GetObject', resource: `${BUCKET}/x`, policies: { identity: stmts('inline', allow('s3:GetObject')) }, expect: 'allow', noCaveats: true },
  { name: 'nothing granted is an implicit deny', action: 's3:GetObject', resource: `${BUCKET}/x`, policies: { identity: stmts('inline', allow('s3:ListBucket')) }, expect: 'implicit', reason: /no policy grants/ },
  {
    name: 'an explicit deny wins over an allow',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: [...stmts('inline', allow('s3:*')), ...stmts('managed', deny('s3:GetObject', `${BUCKET}/*`))] },
    expect: 'deny',
    reason: /explicit deny in managed\/#1/,
  },
  {
    name: 'an explicit deny in a resource policy wins over an identity allow',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('s3:*')), resource: stmts('resource', deny('s3:*', `${BUCKET}/*`, { Principal: '*' })) },
    expect: 'deny',
  },
  {
    name: 'NotAction allows every action it does not list',
    action: 'ec2:RunInstances',
    resource: '*',
    policies: { identity: stmts('managed', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }) },
    expect: 'allow',
  },
  {
    name: 'NotAction does not allow the actions it lists',
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${A}:user/x`,
    policies: { identity: stmts('managed', { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }) },
    expect: 'implicit',
  },
  {
    name: 'a Deny with NotAction denies everything else',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('inline', allow('*'), { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }) },
    expect: 'deny',
  },
  {
    name: 'NotResource allows the resources it does not list',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::public/x',
    policies: { identity: stmts('inline', { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/*` }) },
    expect: 'allow',
  },
  {
    name: 'NotResource does not allow the resources it lists',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('inline', { Effect: 'Allow', Action: 's3:GetObject', NotResource: `${BUCKET}/*` }) },
    expect: 'implicit',
  },
  {
    name: 'a Deny with NotResource denies everything outside it',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::other/x',
    policies: { identity: stmts('inline', allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] }) },
    expect: 'deny',
  },
  { name: 'action wildcards match case-insensitively', action: 's3:GetObject', resource: `${BUCKET}/x`, policies: { identity: stmts('inline', allow('S3:get*')) }, expect: 'allow' },
  { name: '? matches exactly one character in actions', action: 'ec2:StartInstances', resource: '*', policies: { identity: stmts('inline', allow('ec2:?tartInstances')) }, expect: 'allow' },
  { name: '? does not match two characters', action: 'ec2:StartInstances', resource: '*', policies: { identity: stmts('inline', allow('ec2:?InstancesX')) }, expect: 'implicit' },
  { name: 'ARN wildcards match in the middle', action: 's3:GetObject', resource: 'arn:aws:s3:::data-2024/reports/a.csv', policies: { identity: stmts('inline', allow('s3:GetObject', 'arn:aws:s3:::data-*/reports/*')) }, expect: 'allow' },
  { name: 'ARNs match case-sensitively', action: 's3:GetObject', resource: 'arn:aws:s3:::Data/x', policies: { identity: stmts('inline', allow('s3:GetObject', 'arn:aws:s3:::data/*')) }, expect: 'implicit' },
  {
    name: 'a prefix grant on some objects allows the bucket objects in part, with a caveat',
    action: 's3:GetObject',
    resource: `${BUCKET}/*`,
    mode: 'some',
    policies: { identity: stmts('inline', allow('s3:GetObject', `${BUCKET}/reports/*`)) },
    expect: 'allow',
    caveat: /part of the resource only/,
  },
  {
    name: 'a deny on a prefix does not cut access to the other objects, and is recorded',
    action: 's3:GetObject',
    resource: `${BUCKET}/*`,
    mode: 'some',
    policies: { identity: stmts('inline', allow('s3:GetObject'), deny('s3:GetObject', `${BUCKET}/secret/*`)) },
    expect: 'allow',
    caveat: /denied for part of arn:aws:s3:::data\/secret\/\*/,
  },
  {
    name: 'policy variables resolve from the caller',
    action: 'iam:CreateAccessKey',
    resource: alice.arn,
    policies: { identity: stmts('inline', allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/${aws:username}')) },
    expect: 'allow',
    noCaveats: true,
  },
  {
    name: 'policy variables do not reach other users',
    action: 'iam:CreateAccessKey',
    resource: `arn:aws:iam::${A}:user/bob`,
    policies: { identity: stmts('inline', allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/${aws:username}')) },
    expect: 'implicit',
  },
  {
    name: 'a permissions boundary cuts an identity allow',
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${A}:user/x`,
    policies: { identity: stmts('managed', allow('*')), boundary: stmts('boundary', allow(['s3:*', 'ec2:*'])) },
    expect: 'implicit',
    reason: /permissions boundary/,
  },
  {
    name: 'a permissions boundary lets through what it also allows',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('managed', allow('*')), boundary: stmts('boundary', allow(['s3:*', 'ec2:*'])) },
    expect: 'allow',
  },
  {
    name: 'a permissions boundary alone grants nothing',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: [], boundary: stmts('boundary', allow('*')) },
    expect: 'implicit',
  },
  {
    name: 'an SCP allow-list cuts an allow',
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${A}:user/x`,
    policies: { identity: stmts('managed', allow('*')), scpLevels: [{ target: 'ou-1', statements: stmts('scp', allow(['s3:*', 'ec2:*'])) }] },
    expect: 'implicit',
    reason: /SCPs attached to ou-1/,
  },
  {
    name: 'an SCP deny cuts an allow',
    action: 'organizations:LeaveOrganization',
    resource: '*',
    policies: { identity: stmts('managed', allow('*')), scpLevels: [{ target: 'r-1', statements: stmts('scp', deny('organizations:LeaveOrganization')) }] },
    expect: 'deny',
  },
  {
    name: 'an SCP level of denies only keeps the default full access',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('managed', allow('*')), scpLevels: [{ target: 'r-1', statements: stmts('scp', deny('organizations:LeaveOrganization')) }] },
    expect: 'allow',
  },
  {
    name: 'an SCP cuts resource policy grants too',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: alice.arn } })), scpLevels: [{ target: 'acct', statements: stmts('scp', allow('ec2:*')) }] },
    expect: 'implicit',
  },
  {
    name: 'a conditional SCP deny does not cut but is recorded',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: {
      identity: stmts('managed', allow('*')),
      scpLevels: [{ target: 'r-1', statements: stmts('scp', { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } }) }],
    },
    expect: 'allow',
    caveat: /scp\/#1: denied if StringNotEquals aws:RequestedRegion in \[eu-west-1\]/,
  },
  {
    name: 'same account: a resource policy naming the user grants without an identity grant',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: alice.arn } })) },
    expect: 'allow',
  },
  {
    name: 'same account: a resource policy naming everyone grants without an identity grant',
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:eu-west-1:${A}:jobs`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('sqs:SendMessage', `arn:aws:sqs:eu-west-1:${A}:jobs`, { Principal: '*' })) },
    expect: 'allow',
  },
  {
    name: 'same account: a resource policy naming the account only delegates to identity policies',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: `arn:aws:iam::${A}:root` } })) },
    expect: 'implicit',
  },
  {
    name: 'same account: a resource policy naming a user grants past its boundary',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], boundary: stmts('boundary', allow('ec2:*')), resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: alice.arn } })) },
    expect: 'allow',
  },
  {
    name: 'same account: a resource policy naming a role is still cut by its boundary',
    principal: appRole,
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], boundary: stmts('boundary', allow('ec2:*')), resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: appRole.arn } })) },
    expect: 'implicit',
  },
  {
    name: 'cross account: a resource policy grant without an identity grant does not allow',
    principal: foreignRole,
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: foreignRole.arn } })) },
    expect: 'implicit',
    reason: /identity policies/,
  },
  {
    name: 'cross account: an identity grant without a resource policy does not allow',
    principal: foreignRole,
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('s3:GetObject')) },
    expect: 'implicit',
    reason: /resource policy/,
  },
  {
    name: 'cross account: both grants allow, the account principal included',
    principal: foreignRole,
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('s3:GetObject')), resource: stmts('resource', allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: B } })) },
    expect: 'allow',
  },
  {
    name: 'KMS: an identity grant needs the key policy to enable IAM policies',
    action: 'kms:Decrypt',
    resource: KEY,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('kms:Decrypt')), resource: stmts('resource', allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:role/key-admin` } })), resourcePolicyRequired: true },
    expect: 'implicit',
    reason: /key or trust policy/,
  },
  {
    name: 'KMS: the default key policy (root) enables the identity grant',
    action: 'kms:Decrypt',
    resource: KEY,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('kms:Decrypt')), resource: stmts('resource', allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:root` } })), resourcePolicyRequired: true },
    expect: 'allow',
  },
  {
    name: 'NotPrincipal in a deny spares the principals it lists',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('s3:*')), resource: stmts('resource', deny('s3:*', '*', { NotPrincipal: { AWS: alice.arn } })) },
    expect: 'allow',
  },
  {
    name: 'NotPrincipal in a deny hits everyone else',
    principal: appRole,
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    resourceAccount: A,
    policies: { identity: stmts('inline', allow('s3:*')), resource: stmts('resource', deny('s3:*', '*', { NotPrincipal: { AWS: alice.arn } })) },
    expect: 'deny',
  },
  {
    name: 'a resource policy naming a session of the role grants the role',
    principal: appRole,
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:eu-west-1:${A}:jobs`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('sqs:SendMessage', '*', { Principal: { AWS: `arn:aws:sts::${A}:assumed-role/app/worker-1` } })) },
    expect: 'allow',
  },
  {
    name: 'a resource policy naming a deleted-and-recreated principal by unique id grants that id only',
    principal: { ...appRole, uniqueId: 'AROAOLDAPP' },
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:eu-west-1:${A}:jobs`,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('resource', allow('sqs:SendMessage', '*', { Principal: { AWS: 'AROAOTHERROLE' } })) },
    expect: 'implicit',
  },
  {
    name: 'a trust policy naming a service grants that service only',
    principal: { kind: 'service', arn: 'ec2.amazonaws.com', account: '' },
    action: 'sts:AssumeRole',
    resource: appRole.arn,
    resourceAccount: A,
    policies: { identity: [], resource: stmts('trust', { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }), resourcePolicyRequired: true },
    expect: 'allow',
  },
  {
    name: 'a conditional allow allows and keeps its condition as a caveat',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('inline', allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })) },
    expect: 'allow',
    caveat: /inline\/#1: allowed only if Bool aws:MultiFactorAuthPresent = true/,
  },
  {
    name: 'an unconditional allow beside a conditional one needs no caveat',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('inline', allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), allow('s3:*')) },
    expect: 'allow',
    noCaveats: true,
  },
  {
    name: 'a conditional deny does not cut the allow and is recorded',
    action: 's3:GetObject',
    resource: `${BUCKET}/x`,
    policies: { identity: stmts('inline', allow('s3:*'), deny('s3:*', '*', { Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })) },
    expect: 'allow',
    caveat: /denied if NotIpAddress aws:SourceIp = 10\.0\.0\.0\/8/,
  },
  {
    name: 'all mode: only grants on every resource count (account admin)',
    action: 'iam:PutRolePolicy',
    resource: '*',
    mode: 'all',
    policies: { identity: stmts('inline', allow('iam:PutRolePolicy', `arn:aws:iam::${A}:role/app`)) },
    expect: 'implicit',
  },
  {
    name: 'all mode: Resource * counts',
    action: 'iam:PutRolePolicy',
    resource: '*',
    mode: 'all',
    policies: { identity: stmts('managed', allow('*')) },
    expect: 'allow',
  },
]

describe('aws-permissions evaluate', () => {
  it.each(CASES)('$name', (c) => {
    const decision = evaluate(
      { principal: c.principal ?? alice, action: c.action, resource: c.resource, resourceAccount: c.resourceAccount ?? '', ...(c.mode ? { mode: c.mode } : {}) },
      c.policies,
    )
    expect(decision.decision, decision.reason).toBe(c.expect)
    if (c.reason) expect(decision.reason).toMatch(c.reason)
    if (c.caveat) expect(decision.caveats.join('\n')).toMatch(c.caveat)
    if (c.noCaveats) expect(decision.caveats).toEqual([])
  })

  it('names the deciding statements of an allow', () => {
    const identity = stmts('inline', { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
    const decision = evaluate({ principal: alice, action: 's3:GetObject', resource: `${BUCKET}/x`, resourceAccount: '' }, { identity })
    expect(decision.allowedBy.map((s) => `${s.policy.id}/${s.sid}`)).toEqual(['policy/inline/Read'])
  })

  it('names the denying statements of a deny', () => {
    const identity = stmts('inline', allow('*'), { Sid: 'NoLeave', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' })
    const decision = evaluate({ principal: alice, action: 'organizations:leaveorganization', resource: '*', resourceAccount: '' }, { identity })
    expect(decision.deniedBy.map((s) => s.sid)).toEqual(['NoLeave'])
  })
})
