import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEcrRepositoryNotPublic } from './aws-ecr-repository-not-public.js'
import { REPOSITORY } from './repository-fixture.js'

describe('aws-ecr-repository-not-public', () => {
  it('is healthy without a repository policy', () => {
    expect(evaluateRule(awsEcrRepositoryNotPublic, REPOSITORY).status).toBe('healthy')
  })
  it('is unhealthy when everyone may pull', () => {
    const open = withProps(REPOSITORY, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] } })
    expect(evaluateRule(awsEcrRepositoryNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'repository `shop/web` lets any AWS account call ecr:BatchGetImage, ecr:GetDownloadUrlForLayer' })
  })
  it('is healthy when the organization condition narrows it', () => {
    const org = withProps(REPOSITORY, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }] } })
    expect(evaluateRule(awsEcrRepositoryNotPublic, org).status).toBe('healthy')
  })
})
