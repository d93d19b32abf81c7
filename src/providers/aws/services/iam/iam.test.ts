import { describe, expect, it } from 'vitest'
import { CTX, makeCi } from '../../__fixtures__/make-ci.js'
import { mapConfigIamPolicy, mapConfigIamRole, mapConfigIamUser } from './iam-config.js'
import { inlinePolicyId } from './iam-common.js'
import { awsAccessKeyNodeId } from '../../../ids.js'
import { mapIamGroup, mapIamRole, mapIamUser } from './iam-identity.js'
import { mapManagedPolicy } from './iam-policy.js'

const ACCOUNT = '111122223333'
const ROLE = `arn:aws:iam::${ACCOUNT}:role/app`
const USER = `arn:aws:iam::${ACCOUNT}:user/alice`
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const inline = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } }

describe('iam', () => {
  it('maps a role from authorization details (PascalCase, decoded documents)', () => {
    const mapped = mapIamRole(
      {
        RoleName: 'app',
        RoleId: 'AROA1',
        Path: '/',
        AssumeRolePolicyDocument: trust,
        RolePolicyList: [{ PolicyName: 'p', PolicyDocument: inline }],
        AttachedManagedPolicies: [{ PolicyName: 'Admin', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
        PermissionsBoundary: { PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary` },
        InstanceProfileList: [{ InstanceProfileName: 'app', Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, Roles: [] }],
      },
      { arn: ROLE, accountId: ACCOUNT },
    )
    expect(mapped.props).toMatchObject({
      trustPolicy: trust,
      attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      inlinePolicies: [{ name: 'p', document: { Version: '2012-10-17', Statement: [inline.Statement] } }],
      permissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/boundary`,
      instanceProfileArns: [`arn:aws:iam::${ACCOUNT}:instance-profile/app`],
    })
    expect(mapped.nodes?.map((n) => [n.kind, n.id])).toEqual([
      ['aws.iam.inline-policy', inlinePolicyId(ROLE, 'p')],
      ['aws.iam.instance-profile', `arn:aws:iam::${ACCOUNT}:instance-profile/app`],
    ])
    expect(mapped.edges).toEqual([
      { from: 'arn:aws:iam::aws:policy/AdministratorAccess', to: ROLE, kind: 'attached-to', props: { via: 'managed' } },
      { from: inlinePolicyId(ROLE, 'p'), to: ROLE, kind: 'attached-to', props: { via: 'inline' } },
      { from: `arn:aws:iam::${ACCOUNT}:instance-profile/app`, to: ROLE, kind: 'can-authenticate-as', props: { via: 'instance-profile' } },
    ])
  })

  it('maps the same role from a Config item (camelCase, URL-encoded documents) to the same props', () => {
    const ci = makeCi('AWS::IAM::Role', 'AROA1', {
      roleName: 'app',
      arn: ROLE,
      assumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
      rolePolicyList: [{ policyName: 'p', policyDocument: encodeURIComponent(JSON.stringify(inline)) }],
      attachedManagedPolicies: [{ policyName: 'Admin', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }],
    }, { ARN: ROLE, awsRegion: 'global' })
    const mapped = mapConfigIamRole(ci, CTX)
    expect(mapped.props['trustPolicy']).toEqual(trust)
    expect(mapped.props['inlinePolicies']).toEqual([{ name: 'p', document: { Version: '2012-10-17', Statement: [inline.Statement] } }])
    expect(mapped.props['attachedPolicyArns']).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess'])
  })

  it('reports an unreadable trust policy or inline document and keeps the rest', () => {
    const mapped = mapIamRole({ RoleName: 'x', AssumeRolePolicyDocument: '%7B%22oops', RolePolicyList: [{ PolicyName: 'bad', PolicyDocument: '{' }] }, { arn: ROLE, accountId: ACCOUNT })
    expect(mapped.problems).toEqual([
      expect.stringMatching(/^RolePolicyList\[0\] \(bad\): /),
      expect.stringMatching(/^assumeRolePolicyDocument: /),
    ])
    expect(mapped.props['inlinePolicies']).toEqual([{ name: 'bad', document: null }])
  })

  it('joins a user to its groups by name and keeps MFA and access key metadata', () => {
    const mapped = mapIamUser(
      {
        UserName: 'alice',
        GroupList: ['dev'],
        MFADevices: [],
        AccessKeys: [{ AccessKeyId: 'AKIAEXAMPLE000000001', Status: 'Active', CreateDate: '2023-03-09 10:41:34+00:00' }],
      },
      { arn: USER, accountId: ACCOUNT },
      (name) => `arn:aws:iam::${ACCOUNT}:group/${name}`,
    )
    expect(mapped.props).toMatchObject({
      groupNames: ['dev'],
      mfaEnabled: false,
      accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000001', status: 'Active', createdAt: '2023-03-09T10:41:34.000Z' }],
    })
    expect(mapped.edges).toContainEqual({ from: USER, to: `arn:aws:iam::${ACCOUNT}:group/dev`, kind: 'member-of' })
    expect(mapped.edges).toContainEqual({ from: awsAccessKeyNodeId('AKIAEXAMPLE000000001'), to: USER, kind: 'attached-to' })
  })

  it('leaves MFA unknown when the export does not carry it, and Config users join groups at path /', () => {
    const ci = makeCi('AWS::IAM::User', 'AIDA1', { userName: 'alice', groupList: ['dev'] }, { ARN: USER, awsRegion: 'global' })
    const mapped = mapConfigIamUser(ci, CTX)
    expect(mapped.props['mfaEnabled']).toBeUndefined()
    expect(mapped.edges).toEqual([{ from: USER, to: `arn:aws:iam::${ACCOUNT}:group/dev`, kind: 'member-of' }])
  })

  it('attaches group policies to the group', () => {
    const group = `arn:aws:iam::${ACCOUNT}:group/dev`
    const mapped = mapIamGroup({ GroupName: 'dev', AttachedManagedPolicies: [{ PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }], GroupPolicyList: [] }, { arn: group, accountId: ACCOUNT })
    expect(mapped.kind).toBe('aws.iam.group')
    expect(mapped.edges).toEqual([{ from: 'arn:aws:iam::aws:policy/ReadOnlyAccess', to: group, kind: 'attached-to', props: { via: 'managed' } }])
  })

  it('exposes the default version of a managed policy as its document and keeps all versions', () => {
    const v1 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }
    const v2 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
    const mapped = mapManagedPolicy(
      {
        PolicyName: 'p',
        DefaultVersionId: 'v2',
        PolicyVersionList: [
          { VersionId: 'v1', IsDefaultVersion: false, Document: encodeURIComponent(JSON.stringify(v1)) },
          { VersionId: 'v2', IsDefaultVersion: true, Document: v2 },
        ],
      },
      `arn:aws:iam::${ACCOUNT}:policy/p`,
    )
    expect(mapped.props).toMatchObject({ awsManaged: false, defaultVersionId: 'v2', document: v2 })
    expect(mapped.props['versions']).toEqual([
      { versionId: 'v1', isDefault: false, document: v1 },
      { versionId: 'v2', isDefault: true, document: v2 },
    ])
    expect(mapManagedPolicy({ PolicyName: 'ReadOnlyAccess' }, 'arn:aws:iam::aws:policy/ReadOnlyAccess').props['awsManaged']).toBe(true)
  })

  it('maps a Config IAM policy item', () => {
    const ci = makeCi('AWS::IAM::Policy', 'ANPA1', {
      policyName: 'p',
      defaultVersionId: 'v1',
      policyVersionList: [{ versionId: 'v1', isDefaultVersion: true, document: '%7B%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%7D%7D' }],
    }, { ARN: `arn:aws:iam::${ACCOUNT}:policy/p`, awsRegion: 'global' })
    expect(mapConfigIamPolicy(ci, CTX).props['document']).toEqual({ Statement: [{ Effect: 'Allow' }] })
  })
})
