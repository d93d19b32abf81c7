import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureComputeVmTrustedLaunch } from './azure-compute-vm-trusted-launch.js'
import { LINUX_VM } from './fixtures.js'

describe('azure-compute-vm-trusted-launch', () => {
  it('is healthy with Trusted Launch, Secure Boot and vTPM', () => {
    expect(evaluateRule(azureComputeVmTrustedLaunch, LINUX_VM).status).toBe('healthy')
  })
  it('is unhealthy with standard security or Secure Boot off', () => {
    expect(evaluateRule(azureComputeVmTrustedLaunch, withProps(LINUX_VM, { securityType: undefined })).status).toBe('unhealthy')
    expect(evaluateRule(azureComputeVmTrustedLaunch, withProps(LINUX_VM, { secureBootEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'VM `vm-app-1` uses trustedlaunch without Secure Boot' })
  })
  it('is unknown for a partial row', () => {
    expect(evaluateRule(azureComputeVmTrustedLaunch, withProps(LINUX_VM, { securityType: undefined, vmSize: undefined })).status).toBe('unknown')
  })
})
