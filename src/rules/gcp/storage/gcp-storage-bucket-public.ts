/** @module gcp-storage-bucket-public */
import type { JsonObject } from '../../../model/graph-types.js'
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'

const grantee = (entry: JsonObject): string => text(entry['member'] ?? entry['entity'], 'allUsers')

export const gcpStorageBucketPublic = defineRule({
  id: 'gcp-storage-bucket-public',
  title: 'Cloud Storage bucket is not readable by allUsers or allAuthenticatedUsers',
  description:
    'An IAM binding or ACL for allUsers or allAuthenticatedUsers makes the objects readable by anyone on the internet ' +
    '(any Google account counts as authenticated). Public access prevention overrides such grants.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Remove the allUsers / allAuthenticatedUsers bindings and ACL entries, then enforce public access prevention.'],
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform: 'public_access_prevention = "enforced"',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) => {
    if (bucket.str('publicAccessPrevention') === 'enforced') return healthy(`bucket ${bucket.label} enforces public access prevention`)
    const bindings = bucket.objects('publicBindings')
    const acl = bucket.objects('publicAcl')
    if (bindings === undefined && acl === undefined) return unknown(`bucket ${bucket.label}: neither its IAM policy nor its ACL is in the input`)
    const grants = [...(bindings ?? []), ...(acl ?? [])]
    return grants.length === 0
      ? healthy(`bucket ${bucket.label} grants nothing to allUsers or allAuthenticatedUsers`)
      : unhealthy(`bucket ${bucket.label} is readable by ${[...new Set(grants.map(grantee))].join(', ')}`)
  },
})
