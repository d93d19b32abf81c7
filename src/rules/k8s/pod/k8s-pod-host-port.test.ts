import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodHostPort } from './k8s-pod-host-port.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-host-port', () => {
  it('is healthy without host ports', () => {
    expect(evaluateRule(k8sPodHostPort, POD).status).toBe('healthy')
  })
  it('is unhealthy when a container binds a host port', () => {
    expect(evaluateRule(k8sPodHostPort, withSpec(DEPLOYMENT, { hostPorts: [8080] }))).toMatchObject({ status: 'unhealthy', message: 'deployment `shop/web` binds host port 8080' })
  })
  it('is unknown when the ports were not normalized', () => {
    expect(evaluateRule(k8sPodHostPort, withSpec(POD, { hostPorts: undefined })).status).toBe('unknown')
  })
})
