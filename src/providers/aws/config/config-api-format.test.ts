import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

const fixture = (name: string): string => fileURLToPath(new URL(`../__fixtures__/${name}`, import.meta.url))

describe('config-api-format', () => {
  it('reads get-resource-config-history items with arn/accountId keys, relationshipName and float epoch times', async () => {
    const result = await readFixture(fixture('config-api-history.json'))
    expect(result.format).toBe('aws-config-api')
    expect(result.issues).toEqual([])
    const instance = result.fragment.nodes.find((n) => n.kind === 'aws.ec2.instance')
    expect(instance).toMatchObject({
      id: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0aa11bb22cc33dd44',
      scope: 'aws://accounts/111122223333',
      props: { capturedAt: '2024-05-01T10:00:00.123Z', publicIp: '203.0.113.10' },
    })
    expect(result.fragment.edges).toContainEqual({
      from: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0aa11bb22cc33dd44',
      to: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123abcd',
      kind: 'protected-by',
    })
  })

  it('reads batch-get-resource-config base items whose configuration and supplementary values are JSON strings', async () => {
    const result = await readFixture(fixture('config-api-batch.json'))
    expect(result.format).toBe('aws-config-api')
    expect(result.issues).toEqual([])
    const bucket = result.fragment.nodes.find((n) => n.kind === 'aws.s3.bucket')
    expect(bucket?.props).toMatchObject({
      bucketName: 'demo-data-bucket',
      publicAclGrants: [{ grantee: 'AllUsers', permission: 'READ' }],
      publicAccessBlock: { blockPublicAcls: false },
    })
    const role = result.fragment.nodes.find((n) => n.kind === 'aws.iam.role')
    expect(role?.props?.['trustPolicy']).toMatchObject({ Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] })
    expect(result.fragment.edges).toContainEqual(expect.objectContaining({ from: 'arn:aws:s3:::demo-data-bucket', to: 'arn:aws:s3:::demo-data-replica', kind: 'moves-data-to' }))
  })
})
