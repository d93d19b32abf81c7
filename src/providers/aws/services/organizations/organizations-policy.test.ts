import { describe, expect, it } from 'vitest'
import { mapOrganizationsPolicy } from './organizations-policy.js'

const ARN = 'arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1'

describe('organizations-policy', () => {
  it('normalizes the SCP document and attaches it to accounts, OUs and roots', () => {
    const mapped = mapOrganizationsPolicy(
      { Id: 'p-1', Arn: ARN, Name: 'deny', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false },
      '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"s3:*","Resource":"*"}}',
      [
        { TargetId: '111122223333', Type: 'ACCOUNT' },
        { TargetId: 'ou-ab12-cd34', Arn: 'arn:aws:organizations::999988887777:ou/o-abc/ou-ab12-cd34', Name: 'Apps', Type: 'ORGANIZATIONAL_UNIT' },
      ],
    )
    const [policy, ou] = mapped.nodes
    expect(policy).toMatchObject({
      id: ARN,
      kind: 'aws.organizations.policy',
      family: 'policy',
      scope: 'aws://accounts/999988887777',
      props: { policyType: 'SERVICE_CONTROL_POLICY', document: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] } },
    })
    expect(ou).toMatchObject({ kind: 'aws.organizations.ou', family: 'organization', name: 'Apps' })
    expect(mapped.edges).toEqual([
      { from: ARN, to: 'aws://accounts/111122223333', kind: 'attached-to', props: { via: 'organizations' } },
      { from: ARN, to: 'arn:aws:organizations::999988887777:ou/o-abc/ou-ab12-cd34', kind: 'attached-to', props: { via: 'organizations' } },
    ])
  })

  it('keeps AWS managed policies out of any account and reports unreadable content', () => {
    const mapped = mapOrganizationsPolicy({ Arn: 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess', Name: 'FullAWSAccess' }, '{', [])
    expect(mapped.nodes[0]).toMatchObject({ scope: '', props: { awsManaged: true } })
    expect(mapped.problems).toEqual([expect.stringMatching(/^policy content: /)])
  })
})
