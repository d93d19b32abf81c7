import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const REPORT = 'src/analyses/authentication/__fixtures__/credential-report.csv'

describe('aws-iam-credential-report', () => {
  it('reads password and MFA facts per user and the root user onto the account', async () => {
    const read = await readFixture(REPORT)
    expect(read.format).toBe('aws-iam-credential-report')
    expect(read.issues).toEqual([])
    const byId = new Map(read.fragment.nodes.map((n) => [n.id, n]))
    expect(byId.get('arn:aws:iam::111122223333:user/ops-admin')).toMatchObject({
      kind: 'aws.iam.user',
      family: 'identity',
      name: 'ops-admin',
      props: { passwordEnabled: true, mfaEnabled: false, activeAccessKeyCount: 1, passwordLastUsedAt: '2024-05-30T07:45:12.000Z' },
    })
    expect(byId.get('arn:aws:iam::111122223333:user/ci-bot')?.props).toMatchObject({ passwordEnabled: false, mfaEnabled: false })
    expect(byId.get('arn:aws:iam::111122223333:user/ci-bot')?.props?.['passwordLastUsedAt']).toBeUndefined()
    expect(byId.get('aws://accounts/111122223333')?.props).toMatchObject({ rootMfaEnabled: true, rootActiveAccessKeyCount: 0 })
    expect(read.fragment.edges).toContainEqual(expect.objectContaining({ from: 'aws://accounts/111122223333', to: 'arn:aws:iam::111122223333:user/sec-admin', kind: 'contains' }))
  })
})
