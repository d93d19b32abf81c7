import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../../graph/graph-builder.js'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))
const A = '111122223333'

describe('iam-authz-format', () => {
  it('maps users, groups, roles, instance profiles and managed policies with documents in all three encodings', async () => {
    const result = await readFixture(fixture('iam-authz.json'))
    expect(result.format).toBe('aws-iam-authorization-details')
    const node = (id: string) => result.fragment.nodes.find((n) => n.id === id)
    expect(node(`arn:aws:iam::${A}:user/dev-alice`)).toMatchObject({
      kind: 'aws.iam.user',
      scope: `aws://accounts/${A}`,
      tags: { team: 'platform' },
      props: { permissionsBoundaryArn: `arn:aws:iam::${A}:policy/boundary`, mfaEnabled: false, groupNames: ['developers', 'ops'] },
    })
    expect(node(`arn:aws:iam::${A}:user/carol`)?.props?.['inlinePolicies']).toEqual([
      { name: 'encoded', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
    ])
    expect(node(`arn:aws:iam::${A}:role/ec2-admin`)?.props?.['inlinePolicies']).toEqual([
      { name: 'json-string', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' }] } },
    ])
    expect(node(`arn:aws:iam::${A}:role/service-role/cross-account`)?.props?.['trustPolicy']).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } }],
    })
    expect(node('arn:aws:iam::aws:policy/AdministratorAccess')).toMatchObject({ scope: '', props: { awsManaged: true, document: { Statement: [{ Action: '*' }] } } })
    expect(node(`arn:aws:iam::${A}:policy/boundary`)?.props?.['document']).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:*', 'ec2:*'], Resource: '*' }],
    })
  })

  it('links the privilege-escalation pieces: user → group, policies → identities, instance profile → role', async () => {
    const { edges } = (await readFixture(fixture('iam-authz.json'))).fragment
    expect(edges).toContainEqual({ from: `arn:aws:iam::${A}:user/dev-alice`, to: `arn:aws:iam::${A}:group/developers`, kind: 'member-of' })
    expect(edges).toContainEqual({ from: 'arn:aws:iam::aws:policy/AdministratorAccess', to: `arn:aws:iam::${A}:role/ec2-admin`, kind: 'attached-to', props: { via: 'managed' } })
    expect(edges).toContainEqual({
      from: `arn:aws:iam::${A}:instance-profile/ec2-admin`,
      to: `arn:aws:iam::${A}:role/ec2-admin`,
      kind: 'can-authenticate-as',
      props: { via: 'instance-profile' },
    })
  })

  it('reports an entity without Arn and an unreadable document by list position and keeps the rest', async () => {
    const result = await readFixture(fixture('iam-authz.json'))
    expect(result.issues.map((i) => [i.kind, i.location])).toEqual([
      ['invalid-record', 'UserDetailList[2] (no-arn)'],
      ['invalid-record', 'RoleDetailList[1] (cross-account)'],
    ])
  })

  it('keeps the entities before a truncation and names where it broke', async () => {
    const result = await readFixture(fixture('iam-authz-truncated.json'))
    expect(result.issues).toContainEqual(expect.objectContaining({ kind: 'parse-error', location: 'RoleDetailList[1]' }))
    expect(result.fragment.nodes.map((n) => n.id)).toContain(`arn:aws:iam::${A}:role/ec2-admin`)
  })

  it('merges two pages of one account into one graph where attachments across pages resolve', async () => {
    const page1 = await readFixture(fixture('iam-authz.json'))
    const page2 = await readFixture(fixture('iam-authz-page2.json'))
    const { graph, dangling } = new GraphBuilder().addFragment(page1.fragment).addFragment(page2.fragment).build()
    const readOnly = graph.indexOf('arn:aws:iam::aws:policy/ReadOnlyAccess')
    expect(readOnly).toBeDefined()
    expect(graph.neighbours(readOnly!, 'out', 'attached-to').map((i) => graph.nodeId(i))).toEqual([`arn:aws:iam::${A}:group/developers`])
    // A group outside `/` named by a user on another page cannot be resolved by name alone.
    expect(dangling.map((d) => d.to)).toEqual([`arn:aws:iam::${A}:group/ops`])
  })
})
