import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../../test/helpers/read-fixture.js'
import { awsPermissionsAnalysis } from '../../../../analyses/aws-permissions/aws-permissions.js'
import { derive, graphOf } from '../../../../analyses/cloud-permissions/__fixtures__/derive.js'
import type { JsonObject } from '../../../../model/graph-types.js'
import { trustedAccounts } from './iam-identity.js'

const AUTHZ = 'src/providers/aws/services/iam/__fixtures__/authz-external-trust.json'
const role = (name: string): string => `arn:aws:iam::111122223333:role/${name}`

describe('accounts a role trust names', () => {
  it('lists the other accounts a trust policy admits, by root, role ARN or bare id', () => {
    const trust: JsonObject = { Statement: [
      { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::999988887777:root', 'arn:aws:sts::888877776666:assumed-role/x/y', '777766665555', 'arn:aws:iam::111122223333:root'] }, Action: 'sts:AssumeRole' },
      { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::555544443333:root' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' },
    ] }
    expect(trustedAccounts(trust, '111122223333')).toEqual(['777766665555', '888877776666', '999988887777'])
  })

  it('gives an external account a node, so the trust becomes a can-assume edge from it', async () => {
    const read = await readFixture(AUTHZ)
    expect(read.fragment.nodes.filter((n) => n.kind === 'aws.account').map((n) => n.id).sort()).toEqual(['aws://accounts/111122223333', 'aws://accounts/888877776666', 'aws://accounts/999988887777'])
    const derived = derive(awsPermissionsAnalysis, await graphOf([AUTHZ]))
    expect(derived.edge('can-assume', 'aws://accounts/999988887777', role('vendor-audit'))?.props).toMatchObject({ method: 'sts:AssumeRole' })
    expect(derived.edge('can-assume', 'aws://accounts/888877776666', role('vendor-ops'))).toBeDefined()
    expect(derived.insights(role('vendor-audit'), 'is-external-user')[0]?.params).toEqual({ accounts: ['999988887777'] })
    expect(derived.insights(role('self-admin'), 'is-external-user')).toEqual([])
  })
})
