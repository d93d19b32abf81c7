import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceConfidentialComputing } from './gcp-compute-instance-confidential-computing.js'
import { INSTANCE } from './instance-fixture.js'

describe('gcp-compute-instance-confidential-computing', () => {
  it('is healthy for a Confidential VM', () => {
    expect(evaluateRule(gcpComputeInstanceConfidentialComputing, withProps(INSTANCE, { confidentialCompute: true })).status).toBe('healthy')
  })
  it('is unhealthy when the exported document has no confidential configuration', () => {
    expect(evaluateRule(gcpComputeInstanceConfidentialComputing, withProps(INSTANCE, { config: { name: 'app-1' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `app-1` does not encrypt memory in use (not a Confidential VM)',
    })
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpComputeInstanceConfidentialComputing, INSTANCE).status).toBe('unknown')
  })
})
