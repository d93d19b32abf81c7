import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../graph/graph-builder.js'
import { FAMILY_IDS } from '../../model/vocabulary.js'
import { detectFixture, readFixture } from '../../../test/helpers/read-fixture.js'
import { AWS_KINDS } from './aws-kinds.js'
import { AWS_FORMATS } from './index.js'

const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url))

const EXPECTED: Record<string, string> = {
  '111122223333_Config_eu-west-1_ConfigSnapshot_20240501T100000Z_demo.json.gz': 'aws-config-snapshot',
  'config-snapshot.json': 'aws-config-snapshot',
  'config-snapshot-truncated.json': 'aws-config-snapshot',
  'config-snapshot-bad-records.json': 'aws-config-snapshot',
  'config-history-old-keys.json': 'aws-config-snapshot',
  'config-rule-event.json': 'aws-config-snapshot',
  'config-rule-oversized.json': 'aws-config-snapshot',
  'config-lambda-invoking-event.json': 'aws-config-snapshot',
  'config-api-history.json': 'aws-config-api',
  'config-api-batch.json': 'aws-config-api',
  'config-query.json': 'aws-config-query',
  'config-query-rows.jsonl': 'aws-config-query',
  'iam-authz.json': 'aws-iam-authorization-details',
  'iam-authz-page2.json': 'aws-iam-authorization-details',
  'iam-authz-truncated.json': 'aws-iam-authorization-details',
  'eks-describe-cluster.json': 'aws-eks-cluster',
  'eks-describe-nodegroup.json': 'aws-eks-cluster',
  'org-describe-policy.json': 'aws-organizations-policy',
  'org-describe-policies.json': 'aws-organizations-policy',
  'org-list-policies-for-target.json': 'aws-organizations-policy',
}

describe('aws-formats', () => {
  it('registers the seven AWS formats in detection order', () => {
    expect(AWS_FORMATS.map((f) => f.id)).toEqual([
      'aws-config-snapshot',
      'aws-config-api',
      'aws-config-query',
      'aws-organizations-policy',
      'aws-iam-authorization-details',
      'aws-eks-cluster',
      'aws-iam-credential-report',
    ])
    expect(AWS_FORMATS.every((f) => f.provider === 'aws')).toBe(true)
  })

  it.each(Object.entries(EXPECTED))('detects %s as %s through the registry', async (name, format) => {
    expect((await detectFixture(`${dir}${name}`))?.id).toBe(format)
  })

  it.each(readdirSync(`${dir}others`))('does not claim %s (another provider or an unsupported AWS file)', async (name) => {
    expect((await detectFixture(`${dir}others/${name}`))?.provider).not.toBe('aws')
  })

  it('uses only registered kinds (or aws.unmapped.*) with families from the vocabulary', async () => {
    for (const info of Object.values(AWS_KINDS)) expect(FAMILY_IDS).toContain(info.family)
    for (const name of Object.keys(EXPECTED)) {
      const { fragment } = await readFixture(`${dir}${name}`)
      for (const node of fragment.nodes) {
        if (node.kind.startsWith('aws.unmapped.')) expect(node.family).toBe('other')
        else expect(AWS_KINDS[node.kind as keyof typeof AWS_KINDS]?.family, node.kind).toBe(node.family)
      }
    }
  })

  it('builds one graph from a snapshot and authorization details in which in-estate references resolve', async () => {
    const builder = new GraphBuilder()
    for (const name of ['config-snapshot.json', 'iam-authz.json', 'iam-authz-page2.json']) builder.addFragment((await readFixture(`${dir}${name}`)).fragment)
    const { graph, dangling } = builder.build()
    const id = (i: number): string => graph.nodeId(i)
    const instance = graph.indexOf('arn:aws:ec2:eu-west-1:111122223333:instance/i-0aa11bb22cc33dd44')!
    expect(graph.neighbours(instance, 'out', 'protected-by').map(id)).toEqual(['arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123abcd'])
    expect(graph.neighbours(instance, 'out', 'can-authenticate-as').map(id)).toEqual(['arn:aws:iam::111122223333:instance-profile/app'])
    const profile = graph.indexOf('arn:aws:iam::111122223333:instance-profile/app')!
    expect(graph.neighbours(profile, 'out', 'can-authenticate-as').map(id)).toEqual(['arn:aws:iam::111122223333:role/app'])
    // Dangling targets are resources the fixtures reference but do not define.
    const targets = new Set(dangling.map((d) => d.to))
    expect(targets).not.toContain('arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0a1b2c3d')
    expect(targets).not.toContain('arn:aws:iam::111122223333:group/developers')
    expect(targets).toContain('arn:aws:iam::111122223333:role/order-processor-role')
  })
})
