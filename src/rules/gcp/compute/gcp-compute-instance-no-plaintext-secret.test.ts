import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceNoPlaintextSecret } from './gcp-compute-instance-no-plaintext-secret.js'

// A node after the scanner (or the reader) looked at it and found nothing: `metadataKeys` is present.
const node: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/zones/us-central1-a/instances/ops-runner',
  kind: 'gcp.compute.instance',
  family: 'vm',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'ops-runner',
  props: { metadataKeys: [] },
}
const leaked = { ...node, insights: [insightOf('has-plaintext-secret', { kinds: ['aws-access-key'], locations: ['/home/ops/.aws/credentials'] })] }

describe('gcp-compute-instance-no-plaintext-secret', () => {
  it('is healthy when the scan found no credential', () => {
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, node)).toMatchObject({ status: 'healthy' })
  })
  it('is unhealthy when a scanner reported a plaintext credential, naming its kind and place', () => {
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, leaked)).toMatchObject({ status: 'unhealthy', details: { kinds: ['aws-access-key'] } })
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, leaked).message).toContain('aws-access-key')
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, leaked).message).toContain('/home/ops/.aws/credentials')
  })
  it('is unhealthy on the insight even without scan props', () => {
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, withProps(leaked, { metadataKeys: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when no scan result is in the input', () => {
    expect(evaluateRule(gcpComputeInstanceNoPlaintextSecret, withProps(node, { metadataKeys: undefined })).status).toBe('unknown')
  })
})
