import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../test/helpers/read-fixture.js'
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { GraphFragment } from '../../model/graph-types.js'
import { accessKeyRecords, awsAccountOfAccessKeyId } from './aws-access-keys.js'

const fixture = (path: string): string => fileURLToPath(new URL(path, import.meta.url))
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/** The published encoding, written independently of the decoder: 48 bits of (account << 7 | low), then filler. */
function keyIdOf(account: string, low = 5): string {
  let bits = ((BigInt(account) << 7n) | BigInt(low)).toString(2).padStart(48, '0') + '1011001110001111000011110000111100'
  let out = 'AKIA'
  while (out.length < 20) {
    out += BASE32[Number.parseInt(bits.slice(0, 5).padEnd(5, '0'), 2)]
    bits = bits.slice(5)
  }
  return out
}

describe('aws-access-keys', () => {
  it.each(['111122223333', '444455556666', '000000000001', '999988887777'])('decodes the account %s a key id encodes', (account) => {
    expect(awsAccountOfAccessKeyId(keyIdOf(account))).toBe(account)
  })

  it('does not decode ids with digits outside base32 (older keys)', () => {
    expect(awsAccountOfAccessKeyId('AKIAEXAMPLEALICE0001')).toBeUndefined()
    expect(awsAccountOfAccessKeyId('not-a-key')).toBeUndefined()
  })

  it('attributes the keys of an IAM authorization export to their user', async () => {
    const { fragment } = await readFixture(fixture('../../providers/aws/__fixtures__/iam-authz.json'))
    const { graph } = new GraphBuilder().addFragment(fragment).build()
    const records = accessKeyRecords(graph).get('AKIAEXAMPLEALICE0001') ?? []
    // Once as an `aws.iam.access-key` node, once in the user's `accessKeys`.
    expect(records.map((r) => r.where).sort()).toEqual(['IAM access key', 'IAM user accessKeys'])
    expect(new Set(records.map((r) => graph.nodeId(r.user)))).toEqual(new Set(['arn:aws:iam::111122223333:user/dev-alice']))
    expect(records.every((r) => r.status === 'Active')).toBe(true)
  })

  it('resolves a Terraform access key to the same-named user of the account its id encodes', () => {
    const keyId = keyIdOf('444455556666')
    const user = (account: string): GraphFragment['nodes'][number] => ({
      id: `arn:aws:iam::${account}:user/ci-deployer`, kind: 'aws.iam.user', family: 'identity', provider: 'aws', scope: `aws://accounts/${account}`, name: 'ci-deployer', props: { userName: 'ci-deployer' },
    })
    const fragment: GraphFragment = {
      nodes: [
        user('111122223333'),
        user('444455556666'),
        { id: `tf-resource://aws_iam_access_key/${keyId}`, kind: 'terraform.unmapped.aws_iam_access_key', family: 'other', provider: 'terraform', name: 'aws_iam_access_key.ci', props: { config: { id: keyId, user: 'ci-deployer', status: 'Active', secret: '<sensitive>' } } },
      ],
      edges: [],
    }
    const { graph } = new GraphBuilder().addFragment(fragment).build()
    const records = accessKeyRecords(graph).get(keyId) ?? []
    expect(records.map((r) => graph.nodeId(r.user))).toEqual(['arn:aws:iam::444455556666:user/ci-deployer'])
    expect(records[0]?.where).toBe('Terraform aws_iam_access_key.ci')
  })
})
