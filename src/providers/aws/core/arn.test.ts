import { describe, expect, it } from 'vitest'
import { configResourceArn, ec2Arn, ec2SegmentOfId, parseArn, partitionOf } from './arn.js'

describe('arn', () => {
  it('builds EC2 ARNs from Config types and ids', () => {
    expect(configResourceArn('AWS::EC2::Instance', 'i-1', undefined, '111122223333', 'eu-west-1')).toBe(
      'arn:aws:ec2:eu-west-1:111122223333:instance/i-1',
    )
    expect(configResourceArn('AWS::EC2::NatGateway', 'nat-1', undefined, '111122223333', 'eu-west-1')).toBe(
      'arn:aws:ec2:eu-west-1:111122223333:natgateway/nat-1',
    )
    expect(configResourceArn('AWS::EC2::EIP', 'eipalloc-1', undefined, '111122223333', 'eu-west-1')).toBe(
      'arn:aws:ec2:eu-west-1:111122223333:elastic-ip/eipalloc-1',
    )
  })

  it('uses the resource name where the ARN is name-based', () => {
    expect(configResourceArn('AWS::RDS::DBInstance', 'db-ABC', 'orders-db', '111122223333', 'eu-west-1')).toBe(
      'arn:aws:rds:eu-west-1:111122223333:db:orders-db',
    )
    expect(configResourceArn('AWS::IAM::Role', 'AROA1', 'app', '111122223333', 'global')).toBe('arn:aws:iam::111122223333:role/app')
    expect(configResourceArn('AWS::S3::Bucket', 'b', 'b', '111122223333', 'eu-west-1')).toBe('arn:aws:s3:::b')
    expect(configResourceArn('AWS::SQS::Queue', 'https://sqs.eu-west-1.amazonaws.com/111122223333/jobs', undefined, '111122223333', 'eu-west-1')).toBe(
      'arn:aws:sqs:eu-west-1:111122223333:jobs',
    )
  })

  it('keeps an id that already is an ARN and falls back to a stable pattern for unknown types', () => {
    expect(configResourceArn('AWS::SNS::Topic', 'arn:aws:sns:eu-west-1:1:t', undefined, '1', 'eu-west-1')).toBe('arn:aws:sns:eu-west-1:1:t')
    expect(configResourceArn('AWS::SSM::ManagedInstanceInventory', 'i-1', undefined, '111122223333', 'eu-west-1')).toBe(
      'arn:aws:ssm:eu-west-1:111122223333:managedinstanceinventory/i-1',
    )
  })

  it('picks the partition from the region', () => {
    expect(partitionOf('cn-north-1')).toBe('aws-cn')
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov')
    expect(ec2Arn('vpc', 'vpc-1', '1', 'cn-north-1')).toBe('arn:aws-cn:ec2:cn-north-1:1:vpc/vpc-1')
  })

  it('parses ARNs whose resource part contains colons and maps id prefixes to EC2 types', () => {
    expect(parseArn('arn:aws:rds:eu-west-1:1:db:orders')).toEqual({
      partition: 'aws',
      service: 'rds',
      region: 'eu-west-1',
      account: '1',
      resource: 'db:orders',
    })
    expect(parseArn('sg-123')).toBeUndefined()
    expect(ec2SegmentOfId('igw-1')).toBe('internet-gateway')
    expect(ec2SegmentOfId('eigw-1')).toBe('egress-only-internet-gateway')
    expect(ec2SegmentOfId('local')).toBeUndefined()
  })
})
