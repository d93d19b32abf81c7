import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))
const byId = (nodes: readonly NodeInput[], id: string): NodeInput | undefined => nodes.find((n) => n.id === id)
const ACCOUNT_NODE = 'aws://accounts/111122223333'
const INSTANCE = 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0aa11bb22cc33dd44'

describe('config-snapshot-format', () => {
  it('reads an S3-delivered snapshot: every mapped kind, one account node, account contains each resource', async () => {
    const result = await readFixture(fixture('config-snapshot.json'))
    expect(result.format).toBe('aws-config-snapshot')
    expect(result.issues).toEqual([])
    const { nodes, edges } = result.fragment
    expect(nodes.filter((n) => n.kind === 'aws.account')).toHaveLength(1)
    const kinds = new Set(nodes.map((n) => n.kind))
    for (const kind of ['aws.ec2.instance', 'aws.ec2.security-group', 'aws.s3.bucket', 'aws.iam.role', 'aws.lambda.function', 'aws.eks.cluster', 'aws.apigatewayv2.api']) {
      expect(kinds).toContain(kind)
    }
    const resources = nodes.filter((n) => n.kind !== 'aws.account')
    for (const node of resources) {
      expect(node.scope).toBe(ACCOUNT_NODE)
      expect(edges).toContainEqual({ from: ACCOUNT_NODE, to: node.id, kind: 'contains' })
    }
  })

  it('keeps unknown types as generic nodes and skips deleted resources', async () => {
    const { nodes } = (await readFixture(fixture('config-snapshot.json'))).fragment
    expect(byId(nodes, 'arn:aws:ssm:eu-west-1:111122223333:managedinstanceinventory/i-0aa11bb22cc33dd44')).toMatchObject({
      kind: 'aws.unmapped.AWS::SSM::ManagedInstanceInventory',
      family: 'other',
      props: { config: { 'AWS:InstanceInformation': { AgentType: 'amazon-ssm-agent' } } },
    })
    expect(byId(nodes, 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0deleted0000000')).toBeUndefined()
  })

  it('rebuilds ARNs that the item omits and resolves references in the same form', async () => {
    const { nodes, edges } = (await readFixture(fixture('config-snapshot.json'))).fragment
    expect(byId(nodes, 'arn:aws:ec2:eu-west-1:111122223333:elastic-ip/eipalloc-0abc')).toMatchObject({ kind: 'aws.ec2.elastic-ip' })
    expect(byId(nodes, 'arn:aws:apigateway:eu-west-1::/apis/h1t2t3p4')).toMatchObject({ kind: 'aws.apigatewayv2.api' })
    expect(edges).toContainEqual({ from: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0a1b2c3d', to: INSTANCE, kind: 'contains' })
    expect(edges).toContainEqual({ from: INSTANCE, to: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123abcd', kind: 'protected-by' })
  })

  it('keeps tags as a flat map and puts global IAM items in no region', async () => {
    const { nodes } = (await readFixture(fixture('config-snapshot.json'))).fragment
    expect(byId(nodes, INSTANCE)?.tags).toEqual({ Name: 'web-1', env: 'prod' })
    expect(byId(nodes, 'arn:aws:iam::111122223333:role/app')?.region).toBeUndefined()
  })

  it('reads a gzip-compressed snapshot', async () => {
    const result = await readFixture(fixture('111122223333_Config_eu-west-1_ConfigSnapshot_20240501T100000Z_demo.json.gz'))
    expect(result.format).toBe('aws-config-snapshot')
    expect(result.fragment.nodes.map((n) => n.id)).toEqual([
      'arn:aws:s3:::demo-logs-bucket',
      ACCOUNT_NODE,
      'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0db00001',
    ])
  })

  it('keeps the items before a truncation and names the position of the break', async () => {
    const result = await readFixture(fixture('config-snapshot-truncated.json'))
    expect(result.fragment.nodes.filter((n) => n.kind !== 'aws.account').map((n) => n.kind)).toEqual([
      'aws.ec2.instance',
      'aws.ec2.network-interface',
      'aws.ec2.security-group',
    ])
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'parse-error', location: 'configurationItems[3]' })])
    expect(result.issues[0]?.message).toMatch(/3 items before the break were read/)
  })

  it('reports each bad item by index and keeps the good ones', async () => {
    const result = await readFixture(fixture('config-snapshot-bad-records.json'))
    expect(result.issues.map((i) => [i.kind, i.location])).toEqual([
      ['invalid-record', 'configurationItems[1]'],
      ['invalid-record', 'configurationItems[3]'],
      ['invalid-record', 'configurationItems[4]'],
    ])
    expect(result.fragment.nodes.filter((n) => n.kind !== 'aws.account').map((n) => n.kind)).toEqual([
      'aws.ec2.vpc',
      'aws.ec2.subnet',
      'aws.ec2.route-table',
    ])
  })

  it('tolerates the old docs sample keys (accountId, arn, configurationStateID, availibilityZone) and epoch times', async () => {
    const result = await readFixture(fixture('config-history-old-keys.json'))
    expect(result.format).toBe('aws-config-snapshot')
    const vpc = byId(result.fragment.nodes, 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-0123456789abcdef0')
    expect(vpc?.props).toMatchObject({
      availabilityZone: 'Multiple Availability Zones',
      capturedAt: '2024-05-01T10:00:00.000Z',
      createdAt: '2024-04-30T08:00:00.000Z',
    })
  })

  it('reads the configuration item of a Config rule event and of a Lambda invoking event', async () => {
    const event = await readFixture(fixture('config-rule-event.json'))
    expect(event.format).toBe('aws-config-snapshot')
    expect(event.fragment.nodes.map((n) => n.id)).toContain(INSTANCE)
    expect(event.issues).toEqual([])
    const invoking = await readFixture(fixture('config-lambda-invoking-event.json'))
    expect(invoking.format).toBe('aws-config-snapshot')
    expect(invoking.fragment.nodes.map((n) => n.kind)).toContain('aws.ec2.subnet')
  })

  it('maps the summary of an oversized notification and says the full item is missing', async () => {
    const result = await readFixture(fixture('config-rule-oversized.json'))
    expect(byId(result.fragment.nodes, 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0big')).toMatchObject({ kind: 'aws.ec2.security-group' })
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'unsupported', location: 'configurationItemSummary' })])
  })
})
