import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureContainerregistryRegistryAdminUserDisabled } from './azure-containerregistry-registry-admin-user-disabled.js'
import { REGISTRY } from './fixtures.js'

describe('azure-containerregistry-registry-admin-user-disabled', () => {
  it('is healthy with the admin user off', () => {
    expect(evaluateRule(azureContainerregistryRegistryAdminUserDisabled, REGISTRY).status).toBe('healthy')
  })
  it('is unhealthy with it on', () => {
    expect(evaluateRule(azureContainerregistryRegistryAdminUserDisabled, withProps(REGISTRY, { adminUserEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'registry `acrdemo` has its admin user enabled' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(azureContainerregistryRegistryAdminUserDisabled, withProps(REGISTRY, { adminUserEnabled: undefined })).status).toBe('unknown')
  })
})
