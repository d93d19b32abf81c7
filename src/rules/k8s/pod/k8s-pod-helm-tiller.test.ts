import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodHelmTiller } from './k8s-pod-helm-tiller.js'
import { DEPLOYMENT, withSpec } from './fixtures.js'

describe('k8s-pod-helm-tiller', () => {
  it('is healthy for an application image', () => {
    expect(evaluateRule(k8sPodHelmTiller, withSpec(DEPLOYMENT, { images: ['registry.example/app:1.0'] })).status).toBe('healthy')
  })
  it('is unhealthy for the Tiller image', () => {
    expect(evaluateRule(k8sPodHelmTiller, withSpec(DEPLOYMENT, { images: ['gcr.io/kubernetes-helm/tiller:v2.16.1'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` runs Helm v2 Tiller (gcr.io/kubernetes-helm/tiller:v2.16.1)',
    })
  })
  it('is unknown without images', () => {
    expect(evaluateRule(k8sPodHelmTiller, DEPLOYMENT).status).toBe('unknown')
  })
})
