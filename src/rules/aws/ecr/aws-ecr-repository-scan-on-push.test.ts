import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEcrRepositoryScanOnPush } from './aws-ecr-repository-scan-on-push.js'
import { REPOSITORY } from './repository-fixture.js'

describe('aws-ecr-repository-scan-on-push', () => {
  it('is healthy when scan on push is on', () => {
    expect(evaluateRule(awsEcrRepositoryScanOnPush, REPOSITORY).status).toBe('healthy')
  })
  it('is unhealthy when scan on push is off', () => {
    expect(evaluateRule(awsEcrRepositoryScanOnPush, withProps(REPOSITORY, { scanOnPush: false }))).toMatchObject({ status: 'unhealthy', message: 'repository `shop/web` does not scan images on push' })
  })
  it('is unknown when the scanning configuration is not in the input', () => {
    expect(evaluateRule(awsEcrRepositoryScanOnPush, withProps(REPOSITORY, { scanOnPush: undefined })).status).toBe('unknown')
  })
})
