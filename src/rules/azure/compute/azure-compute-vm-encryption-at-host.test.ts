import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureComputeVmEncryptionAtHost } from './azure-compute-vm-encryption-at-host.js'
import { LINUX_VM } from './fixtures.js'

describe('azure-compute-vm-encryption-at-host', () => {
  it('is healthy with encryption at host', () => {
    expect(evaluateRule(azureComputeVmEncryptionAtHost, LINUX_VM).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(azureComputeVmEncryptionAtHost, withProps(LINUX_VM, { encryptionAtHost: undefined }))).toMatchObject({ status: 'unhealthy', message: 'VM `vm-app-1` leaves its temporary disk and caches unencrypted at the host' })
  })
  it('is unknown for a partial row', () => {
    expect(evaluateRule(azureComputeVmEncryptionAtHost, withProps(LINUX_VM, { encryptionAtHost: undefined, vmSize: undefined })).status).toBe('unknown')
  })
})
