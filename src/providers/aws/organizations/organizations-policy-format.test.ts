import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))
const POLICY = 'arn:aws:organizations::999988887777:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111'

describe('organizations-policy-format', () => {
  it('reads describe-policy with its targets into an SCP node attached to account, OU and root', async () => {
    const result = await readFixture(fixture('org-describe-policy.json'))
    expect(result.format).toBe('aws-organizations-policy')
    const policy = result.fragment.nodes.find((n) => n.id === POLICY)
    expect(policy).toMatchObject({ family: 'policy', props: { document: { Statement: [{ Sid: 'DenyLeaveOrg', Effect: 'Deny' }] } } })
    expect(result.fragment.edges.filter((e) => e.kind === 'attached-to').map((e) => e.to)).toEqual([
      'aws://accounts/111122223333',
      'arn:aws:organizations::999988887777:ou/o-exampleorgid/ou-examplerootid111-exampleouid111',
      'arn:aws:organizations::999988887777:root/o-exampleorgid/r-examplerootid111',
    ])
  })

  it('reads list-policies-for-target summaries, attached to the recorded TargetId', async () => {
    const result = await readFixture(fixture('org-list-policies-for-target.json'))
    expect(result.format).toBe('aws-organizations-policy')
    expect(result.fragment.edges.filter((e) => e.kind === 'attached-to')).toHaveLength(2)
    expect(result.fragment.nodes.find((n) => n.name === 'FullAWSAccess')).toMatchObject({ scope: '', props: { awsManaged: true } })
  })

  it('reads an array of describe-policy outputs and reports the one with broken content', async () => {
    const result = await readFixture(fixture('org-describe-policies.json'))
    expect(result.fragment.nodes.filter((n) => n.kind === 'aws.organizations.policy').map((n) => n.name)).toEqual(['RegionLock', 'Broken'])
    expect(result.issues).toEqual([expect.objectContaining({ kind: 'invalid-record', location: '[1]' })])
  })
})
