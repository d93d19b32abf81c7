import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodHostPid } from './k8s-pod-host-pid.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-host-pid', () => {
  it('is healthy when hostPID is false', () => {
    expect(evaluateRule(k8sPodHostPid, POD).status).toBe('healthy')
  })
  it('is unhealthy when hostPID is true', () => {
    expect(evaluateRule(k8sPodHostPid, withSpec(POD, { hostPID: true }))).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` shares the node process namespace (hostPID)' })
  })
  it('is unhealthy for a deployment whose template sets hostPID', () => {
    expect(evaluateRule(k8sPodHostPid, withSpec(DEPLOYMENT, { hostPID: true })).status).toBe('unhealthy')
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodHostPid, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
