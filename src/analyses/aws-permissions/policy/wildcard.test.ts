import { describe, expect, it } from 'vitest'
import { actionGlob, arnGlob, globCovers, globsIntersect, serviceOf } from './wildcard.js'

describe('aws-permissions wildcard', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['S3:GET*', 's3:getobject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['*', 'iam:CreateUser', true],
    ['ec2:*Instances', 'ec2:RunInstances', true],
    ['ec2:?tartInstances', 'ec2:StartInstances', true],
    ['ec2:?tartInstances', 'ec2:RestartInstances', false],
    ['iam:PassRole', 'iam:passrole', true],
  ])('action pattern %s matches %s: %s', (pattern, action, expected) => {
    expect(actionGlob(pattern).test(action)).toBe(expected)
  })

  it.each([
    ['arn:aws:s3:::data/*', 'arn:aws:s3:::data/a/b.csv', true],
    ['arn:aws:s3:::data/*', 'arn:aws:s3:::Data/a', false],
    ['arn:aws:s3:::data-??/*', 'arn:aws:s3:::data-01/x', true],
    ['arn:aws:s3:::data-??/*', 'arn:aws:s3:::data-001/x', false],
    ['arn:aws:iam::*:role/app-*', 'arn:aws:iam::111122223333:role/app-web', true],
    ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::111122223333:user/alice', true],
  ])('ARN pattern %s matches %s: %s', (pattern, arn, expected) => {
    expect(arnGlob(pattern).test(arn)).toBe(expected)
  })

  it('keeps the written text and the matched pattern apart for policy variables', () => {
    const glob = arnGlob('arn:aws:iam::*:user/${aws:username}')
    expect(glob.source).toBe('arn:aws:iam::*:user/${aws:username}')
    expect(glob.pattern).toBe('arn:aws:iam::*:user/*')
  })

  it.each([
    ['arn:aws:s3:::data/reports/*', 'arn:aws:s3:::data/*', true],
    ['arn:aws:s3:::other/*', 'arn:aws:s3:::data/*', false],
    ['arn:aws:s3:::data*', 'arn:aws:s3:::data/*', true],
    ['arn:aws:s3:::d?ta/x', 'arn:aws:s3:::data/*', true],
    ['*', 'anything', true],
    ['a*c', '*b*', true],
    ['a*c', 'b*', false],
    ['abc', 'abc', true],
  ])('%s and %s can name a common value: %s', (a, b, expected) => {
    expect(globsIntersect(a, b)).toBe(expected)
    expect(globsIntersect(b, a)).toBe(expected)
  })

  it.each([
    ['arn:aws:s3:::data/*', 'arn:aws:s3:::data/*', true],
    ['arn:aws:s3:::data*', 'arn:aws:s3:::data/*', true],
    ['arn:aws:s3:::data/reports/*', 'arn:aws:s3:::data/*', false],
    ['*', 'arn:aws:s3:::data/*', true],
    ['arn:aws:s3:::*/x', 'arn:aws:s3:::*/x', true],
    ['arn:aws:s3:::a?c', 'arn:aws:s3:::a*c', false],
    ['arn:aws:s3:::exact', 'arn:aws:s3:::exact', true],
  ])('%s covers every value of %s: %s', (pattern, target, expected) => {
    expect(globCovers(pattern, target)).toBe(expected)
  })

  it('takes the service prefix of an action, none when the prefix is a wildcard', () => {
    expect(serviceOf('S3:GetObject')).toBe('s3')
    expect(serviceOf('*')).toBeUndefined()
    expect(serviceOf('s3*:Get')).toBeUndefined()
  })
})
