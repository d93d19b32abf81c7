import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodWindowsHostProcess } from './k8s-pod-windows-host-process.js'
import { DEPLOYMENT, POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-windows-host-process', () => {
  it('is healthy for a regular pod', () => {
    expect(evaluateRule(k8sPodWindowsHostProcess, withRawSpec(POD, RAW_SPEC)).status).toBe('healthy')
  })
  it('is unhealthy when the pod sets hostProcess', () => {
    const spec = { hostNetwork: true, securityContext: { windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' } }, containers: [rawContainer({ name: 'agent', securityContext: {} })] }
    expect(evaluateRule(k8sPodWindowsHostProcess, withRawSpec(DEPLOYMENT, spec))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` runs agent as Windows HostProcess on the node',
    })
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodWindowsHostProcess, POD).status).toBe('unknown')
  })
})
