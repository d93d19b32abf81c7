import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodSelinuxOptions } from './k8s-pod-selinux-options.js'
import { DEPLOYMENT, POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-selinux-options', () => {
  it('is healthy without SELinux overrides', () => {
    expect(evaluateRule(k8sPodSelinuxOptions, withRawSpec(POD, RAW_SPEC)).status).toBe('healthy')
  })
  it('is healthy when only the MCS level is set', () => {
    const spec = { securityContext: { seLinuxOptions: { level: 's0:c123,c456' } }, containers: [rawContainer()] }
    expect(evaluateRule(k8sPodSelinuxOptions, withRawSpec(POD, spec)).status).toBe('healthy')
  })
  it('is unhealthy with the spc_t type on a container', () => {
    const spec = { containers: [rawContainer({ securityContext: { seLinuxOptions: { type: 'spc_t' } } })] }
    expect(evaluateRule(k8sPodSelinuxOptions, withRawSpec(DEPLOYMENT, spec))).toMatchObject({ status: 'unhealthy', message: 'deployment `shop/web` overrides SELinux options (app: type spc_t)' })
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodSelinuxOptions, POD).status).toBe('unknown')
  })
})
