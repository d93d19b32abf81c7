import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketPublicWrite } from './aws-s3-bucket-public-write.js'
import { BUCKET } from './fixtures.js'

const noBlock = withProps(BUCKET, { publicAccessBlock: undefined })

describe('aws-s3-bucket-public-write', () => {
  it('is healthy without public grants', () => {
    expect(evaluateRule(awsS3BucketPublicWrite, BUCKET).status).toBe('healthy')
  })
  it('is unhealthy with a WRITE grant to AllUsers', () => {
    const open = withProps(noBlock, { publicAclGrants: [{ grantee: 'AllUsers', granteeType: 'group', permission: 'WRITE' }] })
    expect(evaluateRule(awsS3BucketPublicWrite, open)).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-data` is writable by anyone via ACL grant WRITE to AllUsers' })
  })
  it('is unhealthy with a policy allowing s3:PutObject to *, healthy when Block Public Access restricts it', () => {
    const policy = { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::demo-data/*' }] }
    expect(evaluateRule(awsS3BucketPublicWrite, withProps(noBlock, { resourcePolicy: policy })).status).toBe('unhealthy')
    expect(evaluateRule(awsS3BucketPublicWrite, withProps(BUCKET, { resourcePolicy: policy })).status).toBe('healthy')
  })
  it('is healthy for public read only, unknown without ACL, policy or block', () => {
    const read = { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:Get*', 's3:List*'], Resource: '*' }] }
    const wildcard = { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:P*', Resource: '*' }] }
    expect(evaluateRule(awsS3BucketPublicWrite, withProps(noBlock, { resourcePolicy: wildcard })).status).toBe('unhealthy')
    expect(evaluateRule(awsS3BucketPublicWrite, withProps(noBlock, { resourcePolicy: read })).status).toBe('healthy')
    expect(evaluateRule(awsS3BucketPublicWrite, withProps(noBlock, { publicAclGrants: undefined })).status).toBe('unknown')
  })
})
