import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sServiceNodePort } from './k8s-service-node-port.js'
import { SERVICE } from './fixtures.js'

describe('k8s-service-node-port', () => {
  it('is healthy for a ClusterIP service', () => {
    expect(evaluateRule(k8sServiceNodePort, SERVICE).status).toBe('healthy')
  })
  it('is unhealthy for a NodePort service', () => {
    expect(evaluateRule(k8sServiceNodePort, withProps(SERVICE, { type: "NodePort", nodePorts: [30080] }))).toMatchObject({ status: 'unhealthy', message: 'service `shop/web` listens on every node at port 30080' })
  })
  it('is not applicable to a LoadBalancer service', () => {
    expect(evaluateRule(k8sServiceNodePort, withProps(SERVICE, { type: "LoadBalancer", nodePorts: [31000] })).status).toBe('not-applicable')
  })
  it('is unknown without a type', () => {
    expect(evaluateRule(k8sServiceNodePort, withProps(SERVICE, { type: undefined })).status).toBe('unknown')
  })
})
