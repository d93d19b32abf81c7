import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureContainerregistryRegistryAnonymousPullDisabled } from './azure-containerregistry-registry-anonymous-pull-disabled.js'
import { REGISTRY } from './fixtures.js'

describe('azure-containerregistry-registry-anonymous-pull-disabled', () => {
  it('is healthy without anonymous pull', () => {
    expect(evaluateRule(azureContainerregistryRegistryAnonymousPullDisabled, REGISTRY).status).toBe('healthy')
  })
  it('is unhealthy with it', () => {
    expect(evaluateRule(azureContainerregistryRegistryAnonymousPullDisabled, withProps(REGISTRY, { anonymousPullEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'registry `acrdemo` lets anyone pull its images' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(azureContainerregistryRegistryAnonymousPullDisabled, withProps(REGISTRY, { anonymousPullEnabled: undefined })).status).toBe('unknown')
  })
})
