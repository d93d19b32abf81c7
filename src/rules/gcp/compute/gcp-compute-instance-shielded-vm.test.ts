import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceShieldedVm } from './gcp-compute-instance-shielded-vm.js'
import { INSTANCE } from './instance-fixture.js'

const shielded = withProps(INSTANCE, { secureBoot: false, vtpm: true, integrityMonitoring: true, config: {} })

describe('gcp-compute-instance-shielded-vm', () => {
  it('is healthy with vTPM and integrity monitoring on', () => {
    expect(evaluateRule(gcpComputeInstanceShieldedVm, shielded).status).toBe('healthy')
  })
  it('is unhealthy when integrity monitoring is off, naming it', () => {
    expect(evaluateRule(gcpComputeInstanceShieldedVm, withProps(shielded, { integrityMonitoring: false }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `app-1` runs without integrity monitoring',
    })
  })
  it('is unhealthy when the exported document has no Shielded VM configuration', () => {
    expect(evaluateRule(gcpComputeInstanceShieldedVm, withProps(shielded, { vtpm: undefined, integrityMonitoring: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when neither the settings nor the document are in the input', () => {
    expect(evaluateRule(gcpComputeInstanceShieldedVm, INSTANCE).status).toBe('unknown')
  })
})
