import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultVaultRbacAuthorization } from './azure-keyvault-vault-rbac-authorization.js'
import { VAULT } from './fixtures.js'

describe('azure-keyvault-vault-rbac-authorization', () => {
  it('is healthy with RBAC', () => {
    expect(evaluateRule(azureKeyvaultVaultRbacAuthorization, VAULT).status).toBe('healthy')
  })
  it('is unhealthy with access policies', () => {
    const policies = withProps(VAULT, { rbacAuthorization: false, accessPolicies: [{ objectId: 'a', secrets: ['get'] }, { objectId: 'b', keys: ['get'] }] })
    expect(evaluateRule(azureKeyvaultVaultRbacAuthorization, policies)).toMatchObject({ status: 'unhealthy', message: 'vault `kv-demo` uses access policies (2) instead of Azure RBAC' })
  })
  it('is unknown without the permission model', () => {
    expect(evaluateRule(azureKeyvaultVaultRbacAuthorization, withProps(VAULT, { rbacAuthorization: undefined })).status).toBe('unknown')
  })
})
