import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageContainerNotPublic } from './azure-storage-container-not-public.js'
import { BLOB_CONTAINER, STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-container-not-public', () => {
  it('is healthy when private', () => {
    expect(evaluateRule(azureStorageContainerNotPublic, BLOB_CONTAINER).status).toBe('healthy')
  })
  it('is unhealthy with access level Container', () => {
    expect(evaluateRule(azureStorageContainerNotPublic, withProps(BLOB_CONTAINER, { publicAccess: 'container', isPublic: true }))).toMatchObject({ status: 'unhealthy', message: 'container `invoices` allows anonymous listing and reading of its blobs' })
  })
  it('is healthy when the account refuses anonymous access', () => {
    const open = withProps(BLOB_CONTAINER, { publicAccess: 'blob', isPublic: true })
    expect(evaluateRule(azureStorageContainerNotPublic, open, { nodes: [STORAGE_ACCOUNT] })).toMatchObject({ status: 'healthy', message: 'container `invoices` is set to blob but its account refuses anonymous access' })
  })
  it('is unknown without the access level', () => {
    expect(evaluateRule(azureStorageContainerNotPublic, withProps(BLOB_CONTAINER, { publicAccess: undefined })).status).toBe('unknown')
  })
})
