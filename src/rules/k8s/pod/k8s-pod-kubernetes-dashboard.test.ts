import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodKubernetesDashboard } from './k8s-pod-kubernetes-dashboard.js'
import { DEPLOYMENT, withSpec } from './fixtures.js'

describe('k8s-pod-kubernetes-dashboard', () => {
  it('is healthy for an application image', () => {
    expect(evaluateRule(k8sPodKubernetesDashboard, withSpec(DEPLOYMENT, { images: ['registry.example/dashboard-app:1.0'] })).status).toBe('healthy')
  })
  it('is unhealthy for the Dashboard image', () => {
    expect(evaluateRule(k8sPodKubernetesDashboard, withSpec(DEPLOYMENT, { images: ['docker.io/kubernetesui/dashboard:v2.7.0'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` runs the Kubernetes Dashboard (docker.io/kubernetesui/dashboard:v2.7.0)',
    })
  })
  it('is unknown without images', () => {
    expect(evaluateRule(k8sPodKubernetesDashboard, DEPLOYMENT).status).toBe('unknown')
  })
})
