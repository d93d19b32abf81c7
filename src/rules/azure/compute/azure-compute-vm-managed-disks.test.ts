import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureComputeVmManagedDisks } from './azure-compute-vm-managed-disks.js'
import { LINUX_VM } from './fixtures.js'

describe('azure-compute-vm-managed-disks', () => {
  it('is healthy with a managed OS disk', () => {
    expect(evaluateRule(azureComputeVmManagedDisks, LINUX_VM).status).toBe('healthy')
  })
  it('is unhealthy with a VHD blob', () => {
    const vhd = withProps(LINUX_VM, { osDiskId: undefined, config: { storageProfile: { osDisk: { vhd: { uri: 'https://stlegacy.blob.core.windows.net/vhds/os.vhd' } } } } })
    expect(evaluateRule(azureComputeVmManagedDisks, vhd)).toMatchObject({ status: 'unhealthy', message: 'VM `vm-app-1` boots from an unmanaged VHD blob (https://stlegacy.blob.core.windows.net/vhds/os.vhd)' })
  })
  it('is unknown without the storage profile', () => {
    expect(evaluateRule(azureComputeVmManagedDisks, withProps(LINUX_VM, { osDiskId: undefined })).status).toBe('unknown')
  })
})
