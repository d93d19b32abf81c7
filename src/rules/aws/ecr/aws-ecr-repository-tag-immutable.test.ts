import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEcrRepositoryTagImmutable } from './aws-ecr-repository-tag-immutable.js'
import { REPOSITORY } from './repository-fixture.js'

describe('aws-ecr-repository-tag-immutable', () => {
  it('is healthy when tags are IMMUTABLE', () => {
    expect(evaluateRule(awsEcrRepositoryTagImmutable, REPOSITORY).status).toBe('healthy')
  })
  it('is unhealthy when tags are MUTABLE', () => {
    expect(evaluateRule(awsEcrRepositoryTagImmutable, withProps(REPOSITORY, { imageTagMutability: 'MUTABLE' }))).toMatchObject({ status: 'unhealthy', message: 'repository `shop/web` has mutable image tags' })
  })
  it('is unknown without the tag mutability', () => {
    expect(evaluateRule(awsEcrRepositoryTagImmutable, withProps(REPOSITORY, { imageTagMutability: undefined })).status).toBe('unknown')
  })
})
