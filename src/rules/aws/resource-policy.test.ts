import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../model/graph-types.js'
import { actionsOf, publicStatements } from './resource-policy.js'

const policy = (statement: JsonObject): JsonObject => ({ Version: '2012-10-17', Statement: [statement] })

describe('publicStatements', () => {
  it('finds Allow statements for * and {AWS: "*"}', () => {
    expect(publicStatements(policy({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage' }))).toHaveLength(1)
    expect(publicStatements(policy({ Effect: 'Allow', Principal: { AWS: ['*'] }, Action: 'kms:*' }))).toHaveLength(1)
  })
  it('ignores denies, named principals and statements narrowed by account, organization or source', () => {
    expect(publicStatements(policy({ Effect: 'Deny', Principal: '*', Action: '*' }))).toEqual([])
    expect(publicStatements(policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: '*' }))).toEqual([])
    expect(publicStatements(policy({ Effect: 'Allow', Principal: '*', Action: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }))).toEqual([])
    expect(publicStatements(policy({ Effect: 'Allow', Principal: '*', Action: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*' } } }))).toEqual([])
  })
  it('still counts statements whose only condition is transport security', () => {
    const open = publicStatements(policy({ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))
    expect(actionsOf(open)).toBe('s3:GetObject')
  })
})
