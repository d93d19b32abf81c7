import { describe, expect, it } from 'vitest'
import { toCaiAsset } from './cai-asset.js'

describe('cai-asset', () => {
  it('camelizes export keys but leaves the service data untouched', () => {
    const asset = toCaiAsset({
      name: '//storage.googleapis.com/b',
      asset_type: 'storage.googleapis.com/Bucket',
      update_time: '2024-05-01T10:00:00Z',
      resource: { discovery_document_uri: 'u', data: { labels: { cost_center: 'x' }, iamConfiguration: {} } },
      iam_policy: { bindings: [{ role: 'roles/viewer', members: ['allUsers'] }], audit_configs: [{ audit_log_configs: [{ log_type: 'DATA_READ' }] }] },
    })
    expect(asset).toMatchObject({
      assetType: 'storage.googleapis.com/Bucket',
      updateTime: '2024-05-01T10:00:00Z',
      resource: { discoveryDocumentUri: 'u' },
      data: { labels: { cost_center: 'x' } },
      iamPolicy: { auditConfigs: [{ auditLogConfigs: [{ logType: 'DATA_READ' }] }] },
    })
  })

  it('reads gcloud camelCase as is and translates legacy type names', () => {
    expect(toCaiAsset({ name: '//compute.googleapis.com/x', assetType: 'google.compute.Instance', ancestors: ['projects/1'] })).toMatchObject({
      assetType: 'compute.googleapis.com/Instance',
      ancestors: ['projects/1'],
      data: {},
    })
  })

  it('says why a record cannot be mapped', () => {
    expect(toCaiAsset('x')).toMatch(/not a JSON object/)
    expect(toCaiAsset({ asset_type: 'a' })).toMatch(/full resource `name`/)
    expect(toCaiAsset({ name: '//x.googleapis.com/y' })).toMatch(/asset_type/)
  })
})
