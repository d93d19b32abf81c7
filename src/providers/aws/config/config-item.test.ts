import { describe, expect, it } from 'vitest'
import { normalizeConfigItem } from './config-item.js'

const configuration = { vpcId: 'vpc-1', tags: [{ key: 'fromConfig', value: 'a' }, { key: 'both', value: 'config' }] }

describe('config-item', () => {
  it('reads S3-delivery keys (awsAccountId, ARN, name) and merges tag map and list', () => {
    const result = normalizeConfigItem({
      awsAccountId: '111122223333',
      awsRegion: 'eu-west-1',
      resourceType: 'AWS::EC2::Subnet',
      resourceId: 'subnet-1',
      ARN: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-1',
      configurationItemStatus: 'OK',
      tags: { both: 'top' },
      relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1', resourceName: null, name: 'Is contained in Vpc' }],
      configuration,
    })
    expect(result).toMatchObject({
      item: {
        accountId: '111122223333',
        arn: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-1',
        tags: { fromConfig: 'a', both: 'top' },
        relationships: [{ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1', resourceName: undefined, name: 'Is contained in Vpc' }],
      },
    })
  })

  it('reads API keys (accountId, arn, relationshipName) with configuration and supplementary values as JSON strings', () => {
    const result = normalizeConfigItem({
      accountId: '111122223333',
      awsRegion: 'eu-west-1',
      resourceType: 'AWS::S3::Bucket',
      resourceId: 'b',
      arn: 'arn:aws:s3:::b',
      relationships: [{ resourceType: 'AWS::S3::Bucket', resourceId: 'c', relationshipName: 'Is attached to Bucket' }],
      configuration: '{"name":"b"}',
      supplementaryConfiguration: { BucketPolicy: '{"policyText":"{}"}', IsRequesterPaysEnabled: 'false' },
    })
    expect(result).toMatchObject({
      item: {
        configuration: { name: 'b' },
        supplementary: { BucketPolicy: { policyText: '{}' }, IsRequesterPaysEnabled: 'false' },
        relationships: [{ name: 'Is attached to Bucket' }],
      },
    })
  })

  it('takes account and region from the ARN and builds the ARN when only ids are given', () => {
    const fromArn = normalizeConfigItem({ resourceType: 'AWS::EC2::VPC', arn: 'arn:aws:ec2:us-east-2:444455556666:vpc/vpc-9' })
    expect(fromArn).toMatchObject({ item: { accountId: '444455556666', region: 'us-east-2', resourceId: 'arn:aws:ec2:us-east-2:444455556666:vpc/vpc-9' } })
    const built = normalizeConfigItem({ accountId: '111122223333', awsRegion: 'eu-west-1', resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-9' })
    expect(built).toMatchObject({ item: { arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-9' } })
  })

  it('explains why an item cannot be read', () => {
    expect(normalizeConfigItem('x')).toEqual({ error: 'configuration item is not a JSON object', reason: 'invalid' })
    expect(normalizeConfigItem({ resourceId: 'a' })).toMatchObject({ reason: 'invalid' })
    expect(normalizeConfigItem({ resourceType: 'AWS::EC2::VPC', resourceId: 'vpc-1' })).toMatchObject({ reason: 'no-account' })
    expect(normalizeConfigItem({ accountId: '1', resourceType: 'AWS::EC2::VPC', resourceId: 'v', configuration: '{oops' })).toMatchObject({
      reason: 'invalid',
      error: expect.stringMatching(/configuration is a string that is not a JSON object/),
    })
  })
})
