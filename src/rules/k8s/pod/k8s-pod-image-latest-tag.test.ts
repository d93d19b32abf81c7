import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodImageLatestTag } from './k8s-pod-image-latest-tag.js'
import { DEPLOYMENT, POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-image-latest-tag', () => {
  it('is healthy when images carry a version tag', () => {
    expect(evaluateRule(k8sPodImageLatestTag, POD).status).toBe('healthy')
  })
  it('is healthy for a digest reference and a registry with a port', () => {
    const pod = withSpec(POD, { containers: [container({ image: 'registry.example:5000/app@sha256:abc' }), container({ name: 'b', image: 'registry.example:5000/app:2.1' })] })
    expect(evaluateRule(k8sPodImageLatestTag, pod).status).toBe('healthy')
  })
  it('is unhealthy for :latest, naming the container and image', () => {
    const pod = withSpec(POD, { containers: [container({ image: 'nginx:latest' })] })
    expect(evaluateRule(k8sPodImageLatestTag, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` runs unpinned image app (nginx:latest)' })
  })
  it('is unhealthy for an untagged image behind a registry port', () => {
    expect(evaluateRule(k8sPodImageLatestTag, withSpec(DEPLOYMENT, { containers: [container({ image: 'registry.example:5000/app' })] })).status).toBe('unhealthy')
  })
  it('is unknown when no container names an image', () => {
    expect(evaluateRule(k8sPodImageLatestTag, withSpec(POD, { containers: [container({ image: undefined })] })).status).toBe('unknown')
  })
})
