import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeDiskCustomerManagedKey } from './gcp-compute-disk-customer-managed-key.js'

const KEY = 'projects/demo-proj/locations/us-central1/keyRings/disks/cryptoKeys/app'
const disk: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/zones/us-central1-a/disks/app-1',
  kind: 'gcp.compute.disk',
  family: 'disk',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'app-1',
  props: { sizeGb: 20, diskType: 'pd-balanced', users: [], kmsKeyName: KEY, config: { name: 'app-1' } },
}

describe('gcp-compute-disk-customer-managed-key', () => {
  it('is healthy with a Cloud KMS key', () => {
    expect(evaluateRule(gcpComputeDiskCustomerManagedKey, disk)).toMatchObject({ status: 'healthy', message: `disk \`app-1\` is encrypted with the Cloud KMS key ${KEY}` })
  })
  it('is healthy with a customer-supplied key', () => {
    expect(evaluateRule(gcpComputeDiskCustomerManagedKey, withProps(disk, { kmsKeyName: undefined, customerSuppliedKey: true })).status).toBe('healthy')
  })
  it('is unhealthy with the Google-managed key', () => {
    expect(evaluateRule(gcpComputeDiskCustomerManagedKey, withProps(disk, { kmsKeyName: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when the disk document is not in the input', () => {
    expect(evaluateRule(gcpComputeDiskCustomerManagedKey, withProps(disk, { kmsKeyName: undefined, config: undefined })).status).toBe('unknown')
  })
})
