import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodHostIpc } from './k8s-pod-host-ipc.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-host-ipc', () => {
  it('is healthy when hostIPC is false', () => {
    expect(evaluateRule(k8sPodHostIpc, POD).status).toBe('healthy')
  })
  it('is unhealthy when hostIPC is true', () => {
    expect(evaluateRule(k8sPodHostIpc, withSpec(POD, { hostIPC: true }))).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` shares the node IPC namespace (hostIPC)' })
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodHostIpc, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
