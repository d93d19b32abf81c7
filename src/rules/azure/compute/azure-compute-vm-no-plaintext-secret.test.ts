import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { azureComputeVmNoPlaintextSecret } from './azure-compute-vm-no-plaintext-secret.js'

// A node after the scanner (or the reader) looked at it and found nothing: `secretsFound` is present.
const node: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-ops/providers/microsoft.compute/virtualmachines/ops-runner',
  kind: 'azure.compute.virtualmachine',
  family: 'vm',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'ops-runner',
  props: { secretsFound: [] },
}
const leaked = { ...node, insights: [insightOf('has-plaintext-secret', { kinds: ['aws-access-key'], locations: ['/home/ops/.aws/credentials'] })] }

describe('azure-compute-vm-no-plaintext-secret', () => {
  it('is healthy when the scan found no credential', () => {
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, node)).toMatchObject({ status: 'healthy' })
  })
  it('is unhealthy when a scanner reported a plaintext credential, naming its kind and place', () => {
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, leaked)).toMatchObject({ status: 'unhealthy', details: { kinds: ['aws-access-key'] } })
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, leaked).message).toContain('aws-access-key')
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, leaked).message).toContain('/home/ops/.aws/credentials')
  })
  it('is unhealthy on the insight even without scan props', () => {
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, withProps(leaked, { secretsFound: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when no scan result is in the input', () => {
    expect(evaluateRule(azureComputeVmNoPlaintextSecret, withProps(node, { secretsFound: undefined })).status).toBe('unknown')
  })
})
