import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodContainerRuntimeSocket } from './k8s-pod-container-runtime-socket.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-container-runtime-socket', () => {
  it('is healthy without host paths', () => {
    expect(evaluateRule(k8sPodContainerRuntimeSocket, POD).status).toBe('healthy')
  })
  it('is healthy for an unrelated host path', () => {
    expect(evaluateRule(k8sPodContainerRuntimeSocket, withSpec(POD, { hostPathVolumes: [{ name: 'logs', path: '/var/log' }] })).status).toBe('healthy')
  })
  it('is unhealthy when the Docker socket is mounted', () => {
    const deployment = withSpec(DEPLOYMENT, { hostPathVolumes: [{ name: 'docker', path: '/var/run/docker.sock', type: 'Socket' }] })
    expect(evaluateRule(k8sPodContainerRuntimeSocket, deployment)).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` mounts the container runtime socket /var/run/docker.sock from the node',
    })
  })
  it('is unhealthy for the containerd socket directory', () => {
    expect(evaluateRule(k8sPodContainerRuntimeSocket, withSpec(POD, { hostPathVolumes: [{ name: 'ctr', path: '/run/containerd/' }] })).status).toBe('unhealthy')
  })
  it('is unknown without volumes', () => {
    expect(evaluateRule(k8sPodContainerRuntimeSocket, withSpec(POD, { hostPathVolumes: undefined })).status).toBe('unknown')
  })
})
