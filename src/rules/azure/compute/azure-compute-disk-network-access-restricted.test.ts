import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureComputeDiskNetworkAccessRestricted } from './azure-compute-disk-network-access-restricted.js'
import { DISK } from './fixtures.js'

describe('azure-compute-disk-network-access-restricted', () => {
  it('is healthy with DenyAll', () => {
    expect(evaluateRule(azureComputeDiskNetworkAccessRestricted, DISK).status).toBe('healthy')
  })
  it('is unhealthy with the AllowAll default', () => {
    expect(evaluateRule(azureComputeDiskNetworkAccessRestricted, withProps(DISK, { networkAccessPolicy: undefined, publicNetworkAccess: undefined }))).toMatchObject({
      status: 'unhealthy',
      message: 'disk `vm-app-1-os` can be exported from any network (network access policy AllowAll)',
    })
  })
})
