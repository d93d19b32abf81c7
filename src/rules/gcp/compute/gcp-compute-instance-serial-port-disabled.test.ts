import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceSerialPortDisabled } from './gcp-compute-instance-serial-port-disabled.js'
import { INSTANCE } from './instance-fixture.js'

describe('gcp-compute-instance-serial-port-disabled', () => {
  it('is healthy without serial-port-enable', () => {
    expect(evaluateRule(gcpComputeInstanceSerialPortDisabled, INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy when serial-port-enable is true', () => {
    const open = withProps(INSTANCE, { metadataKeys: ['serial-port-enable'], serialPortEnabled: true })
    expect(evaluateRule(gcpComputeInstanceSerialPortDisabled, open)).toMatchObject({ status: 'unhealthy', message: 'instance `app-1` enables interactive serial port access (serial-port-enable)' })
  })
  it('is unknown when the metadata was not read', () => {
    expect(evaluateRule(gcpComputeInstanceSerialPortDisabled, withProps(INSTANCE, { metadataKeys: undefined })).status).toBe('unknown')
  })
})
