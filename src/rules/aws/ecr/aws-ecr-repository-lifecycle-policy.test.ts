import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEcrRepositoryLifecyclePolicy } from './aws-ecr-repository-lifecycle-policy.js'
import { REPOSITORY } from './repository-fixture.js'

describe('aws-ecr-repository-lifecycle-policy', () => {
  it('is healthy with a lifecycle policy', () => {
    expect(evaluateRule(awsEcrRepositoryLifecyclePolicy, withProps(REPOSITORY, { lifecyclePolicy: true })).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(awsEcrRepositoryLifecyclePolicy, REPOSITORY)).toMatchObject({ status: 'unhealthy', message: 'repository `shop/web` keeps every image forever' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsEcrRepositoryLifecyclePolicy, withProps(REPOSITORY, { lifecyclePolicy: undefined })).status).toBe('unknown')
  })
})
