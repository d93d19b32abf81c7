import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodUnsafeSysctls } from './k8s-pod-unsafe-sysctls.js'
import { DEPLOYMENT, POD, rawContainer, withRawSpec } from './fixtures.js'

const withSysctls = (sysctls: { name: string; value: string }[]) => withRawSpec(DEPLOYMENT, { securityContext: { sysctls }, containers: [rawContainer()] })

describe('k8s-pod-unsafe-sysctls', () => {
  it('is healthy with safe sysctls', () => {
    expect(evaluateRule(k8sPodUnsafeSysctls, withSysctls([{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }])).status).toBe('healthy')
  })
  it('is unhealthy with a node-wide sysctl', () => {
    expect(evaluateRule(k8sPodUnsafeSysctls, withSysctls([{ name: 'kernel.msgmax', value: '65536' }, { name: 'net.ipv4.tcp_syncookies', value: '1' }]))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` sets unsafe sysctls kernel.msgmax',
    })
  })
  it('is unknown without the manifest', () => {
    expect(evaluateRule(k8sPodUnsafeSysctls, POD).status).toBe('unknown')
  })
})
