import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodProcMountDefault } from './k8s-pod-proc-mount-default.js'
import { POD, RAW_SPEC, rawContainer, withRawSpec } from './fixtures.js'

describe('k8s-pod-proc-mount-default', () => {
  it('is healthy without procMount', () => {
    expect(evaluateRule(k8sPodProcMountDefault, withRawSpec(POD, RAW_SPEC)).status).toBe('healthy')
  })
  it('is unhealthy with procMount Unmasked', () => {
    const spec = { containers: [rawContainer({ securityContext: { procMount: 'Unmasked' } })] }
    expect(evaluateRule(k8sPodProcMountDefault, withRawSpec(POD, spec))).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` unmasks /proc in app' })
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodProcMountDefault, POD).status).toBe('unknown')
  })
})
