import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketPublicRead } from './aws-s3-bucket-public-read.js'

const bucket: NodeInput = {
  id: 'arn:aws:s3:::demo-exports',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-exports',
  props: {
    aclGrants: [{ grantee: 'AllUsers', granteeType: 'group', permission: 'READ' }],
    publicAclGrants: [{ grantee: 'AllUsers', granteeType: 'group', permission: 'READ' }],
    publicAccessBlock: { blockPublicAcls: false, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: false },
  },
}

describe('aws-s3-bucket-public-read', () => {
  it('is unhealthy when the exposure analysis found public access, naming the way in', () => {
    const result = evaluateRule(awsS3BucketPublicRead, { ...bucket, insights: [insightOf('allows-public-access', { via: ['acl:AllUsers'] })] })
    expect(result.status).toBe('unhealthy')
    expect(result.message).toBe('bucket `demo-exports` is readable by anyone via acl:AllUsers')
  })

  it('is healthy when no public access was found', () => {
    expect(evaluateRule(awsS3BucketPublicRead, withProps(bucket, { aclGrants: [], publicAclGrants: [] })).status).toBe('healthy')
  })

  it('is unknown when neither ACL, policy nor block was exported', () => {
    const row = withProps(bucket, { aclGrants: undefined, publicAclGrants: undefined, publicAccessBlock: undefined })
    expect(evaluateRule(awsS3BucketPublicRead, row).status).toBe('unknown')
  })
})
