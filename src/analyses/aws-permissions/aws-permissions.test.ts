import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { GraphFragment, JsonObject } from '../../model/graph-types.js'
import { awsAccountNodeId } from '../../providers/ids.js'
import { applyDerivation, deriveFrom } from './__fixtures__/derive-fixtures.js'
import type { Derived } from './__fixtures__/derive-fixtures.js'

const here = fileURLToPath(new URL('./__fixtures__/', import.meta.url))
const provider = fileURLToPath(new URL('../../providers/aws/__fixtures__/', import.meta.url))
const permissionFiles = readdirSync(here)
  .filter((f) => f.startsWith('permissions-') && f.endsWith('.json'))
  .map((f) => `${here}${f}`)

const A = '111122223333'
const B = '444455556666'
const C = '555566667777'
const M = '999900001111'
const user = (account: string, name: string): string => `arn:aws:iam::${account}:user/${name}`
const role = (account: string, name: string): string => `arn:aws:iam::${account}:role/${name}`
const bucket = (name: string): string => `arn:aws:s3:::${name}`
const key = (id: string): string => `arn:aws:kms:eu-west-1:${A}:key/${id}`

const props = (value: { props?: JsonObject } | undefined): JsonObject => value?.props ?? {}
const actionsOf = (value: { props?: JsonObject } | undefined): unknown => props(value)['actions']
const caveatsOf = (value: { props?: JsonObject } | undefined): string => ((props(value)['caveats'] as string[] | undefined) ?? []).join('\n')

describe('aws-permissions', () => {
  let d: Derived
  beforeAll(async () => {
    d = await deriveFrom(permissionFiles)
  })

  it('finds a role chain of three hops, across accounts, as three can-assume edges', () => {
    const hops = [
      [user(A, 'chain-start'), role(A, 'chain-1')],
      [role(A, 'chain-1'), role(B, 'chain-2')],
      [role(B, 'chain-2'), role(B, 'chain-3')],
    ] as const
    for (const [from, to] of hops) {
      const edge = d.edge('can-assume', from, to)
      expect(edge, `${from} → ${to}`).toBeDefined()
      expect(props(edge)['method']).toBe('sts:AssumeRole')
      expect(edge?.evidence?.some((e) => e.source === to && /trust policy/.test(e.detail ?? ''))).toBe(true)
    }
    expect(d.insight(role(B, 'chain-3'), 'has-admin-permissions')?.params).toEqual({ scope: awsAccountNodeId(B) })
  })

  it('needs both the trust and the caller policy across accounts', () => {
    expect(d.edge('can-assume', role(A, 'chain-x'), role(B, 'chain-2'))).toBeUndefined()
  })

  it('lets a same-account trust naming the user grant without an identity policy, but not a trust naming the account', () => {
    expect(d.edge('can-assume', user(A, 'direct-trust-user'), role(A, 'trusts-user-directly'))).toBeDefined()
    expect(d.edge('can-assume', user(A, 'root-trust-user'), role(A, 'trusts-root'))).toBeUndefined()
    expect(d.edge('can-assume', user(A, 'poweruser'), role(A, 'trusts-root'))).toBeDefined()
  })

  it('marks a role trusted by an account outside the inputs as an external user, with the condition as caveat', () => {
    const insight = d.insight(role(A, 'ext-trusted'), 'is-external-user')
    expect(insight?.params['accounts']).toEqual(['210987654321'])
    expect(JSON.stringify(insight?.params['caveats'])).toMatch(/StringEquals sts:ExternalId = vendor-42/)
    // Ingestion gives the account the trust names a node: the trust is an edge from it, with the caveat.
    expect(d.derivation.edges?.filter((e) => e.to === role(A, 'ext-trusted') && e.kind === 'can-assume').map((e) => e.from)).toEqual([awsAccountNodeId('210987654321')])
  })

  it('marks public trust and unrestricted web identity federation as external users', () => {
    expect(d.insight(role(A, 'public-trust'), 'is-external-user')?.params['accounts']).toEqual(['*'])
    const github = d.insight(role(A, 'github-deploy'), 'is-external-user')
    expect(github?.params['providers']).toEqual([`arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`])
    expect(JSON.stringify(github?.params['caveats'])).toMatch(/no condition restricts/)
  })

  it('uses the external account node as the source when the graph holds it', async () => {
    const outside = '123412341234'
    const accountNode = { id: awsAccountNodeId(outside), kind: 'aws.account', family: 'account' as const, provider: 'aws' as const, scope: awsAccountNodeId(outside), name: outside, props: { accountId: outside } }
    const withNode = await deriveFrom(permissionFiles, [{ nodes: [accountNode], edges: [] }])
    const edge = withNode.edge('can-assume', awsAccountNodeId(outside), role(A, 'ext-node-trusted'))
    expect(edge).toBeDefined()
    expect(caveatsOf(edge)).toMatch(/not in the inputs/)
    expect(withNode.insight(role(A, 'ext-node-trusted'), 'is-external-user')?.params['accounts']).toEqual([outside])

    // The same account with resources of its own in the inputs is part of the estate: an edge, no insight.
    const bucketNode = { id: bucket('outside-owned'), kind: 'aws.s3.bucket', family: 'object-storage' as const, provider: 'aws' as const, scope: awsAccountNodeId(outside) }
    const inEstate = await deriveFrom(permissionFiles, [{ nodes: [accountNode, bucketNode], edges: [] }])
    expect(inEstate.edge('can-assume', awsAccountNodeId(outside), role(A, 'ext-node-trusted'))).toBeDefined()
    expect(inEstate.insight(role(A, 'ext-node-trusted'), 'is-external-user')).toBeUndefined()
  })

  it('gives an account admin one admin edge to the account and the insight, not an edge per resource', () => {
    const admin = role(A, 'admin-role')
    expect(props(d.edge('has-permission-to', admin, awsAccountNodeId(A)))).toMatchObject({ level: 'admin', actions: ['*'], via: 'arn:aws:iam::aws:policy/AdministratorAccess' })
    expect(d.insight(admin, 'has-admin-permissions')?.params).toEqual({ scope: awsAccountNodeId(A) })
    expect(d.edgesFrom('has-permission-to', admin).map((e) => e.to)).toEqual([awsAccountNodeId(A)])
  })

  it('cuts identity grants with the permissions boundary', () => {
    const bounded = user(A, 'bounded')
    expect(d.insight(bounded, 'has-admin-permissions')).toBeUndefined()
    const edge = d.edge('has-permission-to', bounded, bucket('team-bucket'))
    expect(props(edge)['level']).toBe('read')
    expect(actionsOf(edge)).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:ListBucketVersions'])
    expect(d.edgesFrom('has-permission-to', bounded).every((e) => e.to.startsWith('arn:aws:s3:::'))).toBe(true)
  })

  it('cuts member accounts with SCPs but not the management account', () => {
    const member = user(C, 'scp-admin')
    expect(d.insight(member, 'has-admin-permissions')).toBeUndefined()
    const edge = d.edge('has-permission-to', member, bucket('c-bucket'))
    expect(actionsOf(edge)).toContain('s3:GetObject')
    expect(actionsOf(edge)).not.toContain('s3:DeleteBucket')
    expect(caveatsOf(edge)).toMatch(/SCP DataOnly\/RegionLock: denied if StringNotEquals aws:RequestedRegion in \[eu-west-1\]/)
    expect(d.insight(role(M, 'mgmt-admin'), 'has-admin-permissions')?.params).toEqual({ scope: awsAccountNodeId(M) })
  })

  it('applies the SCPs of the root and of the OUs that contain an account', async () => {
    const D = '666677778888'
    const ou = `arn:aws:organizations::${M}:ou/o-skyhoundtest/ou-sky1-deny`
    const scp = `arn:aws:organizations::${M}:policy/o-skyhoundtest/service_control_policy/p-oudeny`
    const aws = { provider: 'aws' as const }
    const fragment: GraphFragment = {
      nodes: [
        { ...aws, id: awsAccountNodeId(D), kind: 'aws.account', family: 'account' as const, scope: awsAccountNodeId(D), props: { accountId: D } },
        { ...aws, id: user(D, 'ou-admin'), kind: 'aws.iam.user', family: 'identity' as const, scope: awsAccountNodeId(D), props: { userName: 'ou-admin', attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] } },
        { ...aws, id: bucket('d-bucket'), kind: 'aws.s3.bucket', family: 'object-storage' as const, scope: awsAccountNodeId(D) },
        { ...aws, id: ou, kind: 'aws.organizations.ou', family: 'organization' as const, scope: awsAccountNodeId(M) },
        {
          ...aws,
          id: scp,
          kind: 'aws.organizations.policy',
          family: 'policy' as const,
          scope: awsAccountNodeId(M),
          props: { policyType: 'SERVICE_CONTROL_POLICY', document: { Statement: [{ Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] }, targetIds: [ou] },
        },
      ],
      edges: [
        { from: ou, to: awsAccountNodeId(D), kind: 'contains' as const },
        { from: scp, to: ou, kind: 'attached-to' as const },
      ],
    }
    const withOu = await deriveFrom(permissionFiles, [fragment])
    // The root SCP (no IAM writes) and the OU's (no deletes) both apply; the account is not admin.
    expect(withOu.insight(user(D, 'ou-admin'), 'has-admin-permissions')).toBeUndefined()
    const edge = withOu.edge('has-permission-to', user(D, 'ou-admin'), bucket('d-bucket'))
    expect(actionsOf(edge)).toContain('s3:PutObject')
    expect(actionsOf(edge)).not.toContain('s3:DeleteObject')
  })

  it('does not apply SCPs to service-linked roles', () => {
    const linked = `arn:aws:iam::${C}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`
    expect(d.insight(linked, 'has-admin-permissions')?.params).toEqual({ scope: awsAccountNodeId(C) })
  })

  it('honours a resource policy grant without identity grant inside the account, not across accounts', () => {
    expect(actionsOf(d.edge('has-permission-to', user(A, 'policy-only-user'), bucket('team-bucket')))).toEqual(['s3:GetObject'])
    expect(d.edge('has-permission-to', user(A, 'root-delegated-user'), bucket('team-bucket'))).toBeUndefined()
    expect(actionsOf(d.edge('has-permission-to', role(B, 'b-reader'), bucket('shared-bucket')))).toEqual(['s3:GetObject'])
    expect(d.edge('has-permission-to', role(B, 'b-no-identity'), bucket('shared-bucket'))).toBeUndefined()
  })

  it('finds cross-account grants to a whole account for the principals whose own patterns reach the resource', () => {
    expect(actionsOf(d.edge('has-permission-to', role(B, 'b-narrow-reader'), bucket('b-open-bucket')))).toEqual(['s3:GetObject'])
    expect(d.edge('has-permission-to', role(B, 'b-other-reader'), bucket('b-open-bucket'))).toBeUndefined()
    expect(d.edge('has-permission-to', role(B, 'b-other-reader'), bucket('team-bucket'))).toBeUndefined()
  })

  it('requires the KMS key policy to allow, assuming the default policy when the inputs lack it', () => {
    expect(d.edge('has-permission-to', user(A, 'kms-identity-only'), key('k-custom'))).toBeUndefined()
    const assumed = d.edge('has-permission-to', user(A, 'kms-identity-only'), key('k-default'))
    expect(actionsOf(assumed)).toEqual(['kms:Decrypt'])
    expect(caveatsOf(assumed)).toMatch(/default key policy/)
    expect(props(d.edge('has-permission-to', role(A, 'key-admin'), key('k-custom')))['level']).toBe('admin')
  })

  it('keeps conditions as caveats, on allows and on denies that do not cut', () => {
    expect(caveatsOf(d.edge('has-permission-to', user(A, 'mfa-reader'), bucket('team-bucket')))).toMatch(/allowed only if Bool aws:MultiFactorAuthPresent = true/)
    const limited = d.edge('has-permission-to', user(A, 'ip-limited'), bucket('team-bucket'))
    expect(props(limited)['level']).toBe('admin')
    expect(caveatsOf(limited)).toMatch(/denied if NotIpAddress aws:SourceIp = 10\.0\.0\.0\/8/)
  })

  it('removes explicitly denied actions', () => {
    const edge = d.edge('has-permission-to', user(A, 'denied-reader'), bucket('team-bucket'))
    expect(actionsOf(edge)).toContain('s3:ListBucket')
    expect(actionsOf(edge)).not.toContain('s3:GetObject')
    expect(actionsOf(d.edge('has-permission-to', user(A, 'denied-reader'), bucket('other-bucket')))).toContain('s3:GetObject')
  })

  it('evaluates NotAction (PowerUserAccess, from the built-in copy): everything but IAM', () => {
    const power = user(A, 'poweruser')
    expect(d.insight(power, 'has-admin-permissions')).toBeUndefined()
    expect(props(d.edge('has-permission-to', power, bucket('team-bucket')))['level']).toBe('admin')
    expect(caveatsOf(d.edge('has-permission-to', power, bucket('team-bucket')))).not.toMatch(/not in the inputs/)
  })

  it('records an attached policy missing from the inputs as a caveat', () => {
    expect(caveatsOf(d.edge('has-permission-to', user(A, 'unknown-policy-user'), bucket('other-bucket')))).toMatch(/SecurityAudit is not in the inputs/)
  })

  it('does not apply a permissions boundary whose document is not in the inputs, and says so', () => {
    const edge = d.edge('has-permission-to', user(A, 'unknown-boundary-user'), bucket('other-bucket'))
    expect(actionsOf(edge)).toEqual(['s3:GetObject', 's3:ListBucket'])
    expect(caveatsOf(edge)).toMatch(/permissions boundary arn:aws:iam::111122223333:policy\/not-exported-boundary is not in the inputs/)
  })

  it.each([
    ['aws.secretsmanager.secret', `arn:aws:secretsmanager:eu-west-1:${A}:secret:db-password-AbCdEf`, 'read', ['secretsmanager:GetSecretValue']],
    ['aws.dynamodb.table', `arn:aws:dynamodb:eu-west-1:${A}:table/orders`, 'read', ['dynamodb:Query']],
    ['aws.rds.db-instance', `arn:aws:rds:eu-west-1:${A}:db:orders-db`, 'read', ['rds-db:connect']],
    ['aws.lambda.function', `arn:aws:lambda:eu-west-1:${A}:function:worker`, 'write', ['lambda:InvokeFunction']],
    ['aws.ecr.repository', `arn:aws:ecr:eu-west-1:${A}:repository/app`, 'read', ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']],
    ['aws.sqs.queue', `arn:aws:sqs:eu-west-1:${A}:jobs`, 'read', ['sqs:ReceiveMessage']],
    ['aws.sns.topic', `arn:aws:sns:eu-west-1:${A}:alerts`, 'read', ['sns:Subscribe']],
    ['aws.ec2.instance', `arn:aws:ec2:eu-west-1:${A}:instance/i-0perm000000000001`, 'admin', ['ssm:SendCommand']],
  ])('derives has-permission-to on %s with its level and actions', (_kind, target, level, actions) => {
    const edge = d.edge('has-permission-to', user(A, 'data-reader'), target)
    expect(props(edge)).toMatchObject({ level, actions, via: `${user(A, 'data-reader')}#inline-policy/data` })
    expect(edge?.evidence?.[0]?.source).toBe(`${user(A, 'data-reader')}#inline-policy/data`)
  })

  it('does not match a pattern on another secret or a database without IAM authentication', () => {
    expect(d.edge('has-permission-to', user(A, 'data-reader'), `arn:aws:secretsmanager:eu-west-1:${A}:secret:api-token-GhIjKl`)).toBeUndefined()
    expect(d.edge('has-permission-to', user(A, 'data-reader'), `arn:aws:rds:eu-west-1:${A}:db:legacy-db`)).toBeUndefined()
  })

  it('resolves group membership by name across export pages and group paths', () => {
    const edge = d.edge('has-permission-to', user(A, 'grouped'), bucket('team-bucket'))
    expect(props(edge)['via']).toBe(`arn:aws:iam::${A}:group/teams/path-group#inline-policy/read`)
  })

  it('does not expand public resource policies (Principal *) to every principal', () => {
    const queue = `arn:aws:sqs:eu-west-1:${A}:jobs`
    expect(d.edge('has-permission-to', user(A, 'mfa-reader'), queue)).toBeUndefined()
    expect(d.edge('has-permission-to', user(A, 'data-reader'), queue)).toBeDefined()
  })

  it('finds escalation through compute found by the resource evaluation (SSM on an instance with a role)', () => {
    expect(props(d.edge('can-assume', user(A, 'data-reader'), role(A, 'admin-role')))['method']).toBe('ssm:SendCommand')
  })

  it('produces edges between existing nodes, sorted and stable across runs', async () => {
    expect(() => applyDerivation(d)).not.toThrow()
    const again = await deriveFrom(permissionFiles)
    expect(JSON.stringify(again.derivation)).toBe(JSON.stringify(d.derivation))
    const edges = d.derivation.edges ?? []
    const rank = (e: (typeof edges)[number]): [string, number, number] => [e.kind, d.graph.indexOf(e.from)!, d.graph.indexOf(e.to)!]
    for (let i = 1; i < edges.length; i++) {
      const [k0, f0, t0] = rank(edges[i - 1]!)
      const [k1, f1, t1] = rank(edges[i]!)
      expect(k0 < k1 || (k0 === k1 && (f0 < f1 || (f0 === f1 && t0 < t1))), `${i}: sorted by kind, then source and target node order`).toBe(true)
    }
  })

  describe('on the AWS provider fixtures', () => {
    let p: Derived
    beforeAll(async () => {
      p = await deriveFrom(['iam-authz.json', 'iam-authz-page2.json', 'config-snapshot.json', 'org-describe-policy.json'].map((f) => `${provider}${f}`))
    })

    it("lets dev-alice's boundary cut her iam:PassRole", () => {
      expect(p.edgesFrom('can-assume', user(A, 'dev-alice'))).toEqual([])
    })

    it('reads managed policies attached to groups from the policy edges when props disagree between inputs', () => {
      expect(props(p.edge('has-permission-to', user(A, 'dev-alice'), bucket('demo-data-bucket')))['via']).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess')
    })

    it('marks the cross-account role as trusted by an outside account, keeping its ExternalId condition', () => {
      const insight = p.insight(`arn:aws:iam::${A}:role/service-role/cross-account`, 'is-external-user')
      expect(insight?.params['accounts']).toEqual(['444455556666'])
      expect(JSON.stringify(insight?.params['caveats'])).toMatch(/sts:ExternalId = xyz/)
    })

    it('does not treat a role whose inline Deny blocks everything but IAM as admin, yet finds its IAM escalation', () => {
      const ec2Admin = role(A, 'ec2-admin')
      expect(p.insight(ec2Admin, 'has-admin-permissions')).toBeUndefined()
      expect(props(p.edge('can-assume', ec2Admin, role(A, 'app')))['method']).toBe('iam:UpdateAssumeRolePolicy')
    })
  })
})
