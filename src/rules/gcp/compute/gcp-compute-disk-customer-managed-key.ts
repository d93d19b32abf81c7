/** @module gcp-compute-disk-customer-managed-key */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpComputeDiskCustomerManagedKey = defineRule({
  id: 'gcp-compute-disk-customer-managed-key',
  title: 'Persistent disk is encrypted with a customer-managed or customer-supplied key',
  description:
    'Google encrypts every disk, but with a Google-managed key nobody in the organization can rotate, disable or ' +
    'audit; a Cloud KMS key (CMEK) or a customer-supplied key (CSEK) puts access to the data under your control ' +
    'and lets you crypto-shred it.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['encryption'],
  remediation: {
    steps: [
      'Snapshot the disk and create a new disk from it with --kms-key (or --csek-key-file), then swap it in.',
      'Require CMEK for new disks with the constraints/gcp.restrictNonCmekServices organization policy.',
    ],
    cli: 'gcloud compute disks create <disk> --zone <zone> --source-snapshot <snapshot> --kms-key <key resource name>',
    terraform: 'disk_encryption_key {\n  kms_key_self_link = google_kms_crypto_key.disks.id\n}',
  },
  target: { kinds: ['gcp.compute.disk'] },
  evaluate: (disk) => {
    const key = disk.str('kmsKeyName')
    if (key !== undefined) return healthy(`disk ${disk.label} is encrypted with the Cloud KMS key ${key}`)
    if (disk.bool('customerSuppliedKey') === true) return healthy(`disk ${disk.label} is encrypted with a customer-supplied key`)
    return hasResourceDocument(disk)
      ? unhealthy(`disk ${disk.label} is encrypted with a Google-managed key only`)
      : unknown(`disk ${disk.label}: its encryption key is not in the input`)
  },
})
