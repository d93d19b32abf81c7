import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureComputeVmPasswordAuthDisabled } from './azure-compute-vm-password-auth-disabled.js'
import { LINUX_VM } from './fixtures.js'

describe('azure-compute-vm-password-auth-disabled', () => {
  it('is healthy with SSH keys only', () => {
    expect(evaluateRule(azureComputeVmPasswordAuthDisabled, LINUX_VM).status).toBe('healthy')
  })
  it('is unhealthy with password logins', () => {
    expect(evaluateRule(azureComputeVmPasswordAuthDisabled, withProps(LINUX_VM, { passwordAuthenticationDisabled: false }))).toMatchObject({ status: 'unhealthy', message: 'VM `vm-app-1` accepts password logins for azureuser' })
  })
  it('is not applicable to Windows and unknown without the OS profile', () => {
    expect(evaluateRule(azureComputeVmPasswordAuthDisabled, withProps(LINUX_VM, { osType: 'windows' })).status).toBe('not-applicable')
    expect(evaluateRule(azureComputeVmPasswordAuthDisabled, withProps(LINUX_VM, { passwordAuthenticationDisabled: undefined })).status).toBe('unknown')
  })
})
