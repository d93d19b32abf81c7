import { describe, expect, it } from 'vitest'
import { ec2, makeCi } from '../__fixtures__/make-ci.js'
import { relationshipEdges } from './relationships.js'

const rel = (resourceType: string, resourceId: string, name: string) => ({ resourceType, resourceId, resourceName: null, name })

describe('relationships', () => {
  it('turns the Config links analyses need into edges in ARN form', () => {
    const eni = makeCi('AWS::EC2::NetworkInterface', 'eni-1', {}, {
      relationships: [
        rel('AWS::EC2::SecurityGroup', 'sg-1', 'Is associated with SecurityGroup'),
        rel('AWS::EC2::Subnet', 'subnet-1', 'Is contained in Subnet'),
        rel('AWS::EC2::Instance', 'i-1', 'Is attached to Instance'),
        rel('AWS::EC2::VPC', 'vpc-1', 'Is contained in Vpc'),
      ],
    })
    expect(relationshipEdges(eni)).toEqual([
      { from: eni.arn, to: ec2('security-group', 'sg-1'), kind: 'protected-by' },
      { from: ec2('subnet', 'subnet-1'), to: eni.arn, kind: 'contains' },
      { from: eni.arn, to: ec2('instance', 'i-1'), kind: 'attached-to' },
    ])
  })

  it('ignores IAM links, whose names cannot be turned into ARNs reliably', () => {
    const role = makeCi('AWS::IAM::Role', 'AROA1', {}, { relationships: [rel('AWS::IAM::Policy', 'ANPA1', 'Is attached to CustomerManagedPolicy')] })
    expect(relationshipEdges(role)).toEqual([])
  })
})
