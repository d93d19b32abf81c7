import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))

describe('config-query-format', () => {
  it('parses each JSON-string result, maps the selected fields and their relationships', async () => {
    const result = await readFixture(fixture('config-query.json'))
    expect(result.format).toBe('aws-config-query')
    const instance = result.fragment.nodes.find((n) => n.id === 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0q1')
    expect(instance).toMatchObject({ kind: 'aws.ec2.instance', tags: { team: 'payments' }, props: { instanceType: 't3.micro' } })
    expect(result.fragment.edges).toContainEqual({
      from: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0q1',
      to: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123abcd',
      kind: 'protected-by',
    })
    const group = result.fragment.nodes.find((n) => n.id === 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0q2')
    expect(group?.props?.['ingressRules']).toEqual([
      { direction: 'ingress', protocol: 'tcp', fromPort: 3389, toPort: 3389, cidrs: ['0.0.0.0/0'], securityGroups: [], prefixListIds: [] },
    ])
  })

  it('reports a result that is not JSON and rows without account as issues, keeping the rest', async () => {
    const result = await readFixture(fixture('config-query.json'))
    expect(result.issues.map((i) => [i.kind, i.location])).toEqual([
      ['invalid-record', 'Results[2]'],
      ['invalid-record', 'Results[3]'],
    ])
    expect(result.issues[1]?.hint).toMatch(/SELECT accountId, awsRegion/)
  })

  it('reads JSON lines of decoded rows', async () => {
    const result = await readFixture(fixture('config-query-rows.jsonl'))
    expect(result.format).toBe('aws-config-query')
    expect(result.fragment.nodes.filter((n) => n.kind !== 'aws.account').map((n) => n.kind)).toEqual(['aws.ec2.instance', 'aws.ec2.security-group'])
  })
})
