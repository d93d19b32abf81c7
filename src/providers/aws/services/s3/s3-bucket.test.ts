import { describe, expect, it } from 'vitest'
import { CTX, makeCi } from '../../__fixtures__/make-ci.js'
import { mapBucket, normalizeAclGrants } from './s3-bucket.js'

const BUCKET = 'arn:aws:s3:::data'

describe('s3-bucket', () => {
  it('reads policy, ACL, public access block, encryption, versioning and logging from JSON-string supplementary values', () => {
    const ci = makeCi('AWS::S3::Bucket', 'data', { name: 'data' }, {
      ARN: BUCKET,
      supplementaryConfiguration: {
        BucketPolicy: { policyText: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::data/*"}}' },
        AccessControlList: '{"grantList":[{"grantee":"AllUsers","permission":"Read"},{"grantee":{"id":"abc"},"permission":"FullControl"}],"owner":{"id":"abc"}}',
        PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false },
        ServerSideEncryptionConfiguration: '{"rules":[{"applyServerSideEncryptionByDefault":{"sseAlgorithm":"AES256"}}]}',
        BucketVersioningConfiguration: { status: 'Suspended', isMfaDeleteEnabled: false },
        BucketLoggingConfiguration: { destinationBucketName: 'logs' },
      },
    })
    const mapped = mapBucket(ci, CTX)
    expect(mapped.props).toMatchObject({
      bucketName: 'data',
      resourcePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::data/*' }] },
      aclGrants: [
        { grantee: 'AllUsers', granteeType: 'group', permission: 'READ' },
        { grantee: 'abc', granteeType: 'canonical-user', permission: 'FULL_CONTROL' },
      ],
      publicAclGrants: [{ grantee: 'AllUsers', granteeType: 'group', permission: 'READ' }],
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false },
      encryption: { enabled: true, algorithm: 'AES256' },
      versioning: { status: 'Suspended', mfaDelete: false },
      logging: { enabled: true, targetBucket: 'logs' },
    })
    expect(mapped.problems).toEqual([])
  })

  it('reads API-style grants with group URIs', () => {
    expect(
      normalizeAclGrants({
        Grants: [
          { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers' }, Permission: 'WRITE_ACP' },
          { Grantee: { Type: 'AmazonCustomerByEmail', EmailAddress: 'a@example.com' }, Permission: 'READ' },
        ],
      }),
    ).toEqual([
      { grantee: 'AuthenticatedUsers', granteeType: 'group', permission: 'WRITE_ACP' },
      { grantee: 'a@example.com', granteeType: 'email', permission: 'READ' },
    ])
  })

  it('moves data to the destination bucket of each enabled replication rule', () => {
    const ci = makeCi('AWS::S3::Bucket', 'data', {}, {
      ARN: BUCKET,
      supplementaryConfiguration: {
        BucketReplicationConfiguration: {
          roleARN: 'arn:aws:iam::111122223333:role/repl',
          rules: [
            { id: 'a', status: 'Enabled', destinationConfig: { bucketARN: 'arn:aws:s3:::copy' } },
            { id: 'b', status: 'Disabled', destinationConfig: { bucketARN: 'arn:aws:s3:::old' } },
            { id: 'c', status: 'Enabled', destination: { bucket: 'plain-name' } },
          ],
        },
      },
    })
    const mapped = mapBucket(ci, CTX)
    expect(mapped.edges).toEqual([
      { from: BUCKET, to: 'arn:aws:s3:::copy', kind: 'moves-data-to', props: { via: 's3-replication' } },
      { from: BUCKET, to: 'arn:aws:s3:::plain-name', kind: 'moves-data-to', props: { via: 's3-replication' } },
    ])
    expect(mapped.props['replication']).toMatchObject({ roleArn: 'arn:aws:iam::111122223333:role/repl' })
  })

  it('leaves encryption and logging unknown when the item has no supplementary data, and reports a bad policy', () => {
    const ci = makeCi('AWS::S3::Bucket', 'data', { policy: '%7B%22bad' }, { ARN: BUCKET })
    const mapped = mapBucket(ci, CTX)
    expect(mapped.props['encryption']).toBeUndefined()
    expect(mapped.props['logging']).toBeUndefined()
    expect(mapped.problems).toEqual([expect.stringMatching(/^bucket policy: /)])
  })
})
