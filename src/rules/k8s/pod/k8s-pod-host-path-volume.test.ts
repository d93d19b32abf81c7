import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodHostPathVolume } from './k8s-pod-host-path-volume.js'
import { POD, withSpec } from './fixtures.js'

describe('k8s-pod-host-path-volume', () => {
  it('is healthy without hostPath volumes', () => {
    expect(evaluateRule(k8sPodHostPathVolume, POD).status).toBe('healthy')
  })
  it('is unhealthy with a hostPath volume, naming the path', () => {
    const pod = withSpec(POD, { hostPathVolumes: [{ name: 'root', path: '/', type: 'Directory' }] })
    expect(evaluateRule(k8sPodHostPathVolume, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` mounts host path /' })
  })
  it('is unknown when the volumes were not normalized', () => {
    expect(evaluateRule(k8sPodHostPathVolume, withSpec(POD, { hostPathVolumes: null })).status).toBe('unknown')
  })
})
