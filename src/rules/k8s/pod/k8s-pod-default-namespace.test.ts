import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodDefaultNamespace } from './k8s-pod-default-namespace.js'
import { POD } from './fixtures.js'

describe('k8s-pod-default-namespace', () => {
  it('is healthy in an application namespace', () => {
    expect(evaluateRule(k8sPodDefaultNamespace, POD).status).toBe('healthy')
  })
  it('is unhealthy in the default namespace', () => {
    expect(evaluateRule(k8sPodDefaultNamespace, withProps(POD, { namespace: 'default' })).status).toBe('unhealthy')
  })
  it('is unknown without a namespace', () => {
    expect(evaluateRule(k8sPodDefaultNamespace, withProps(POD, { namespace: undefined })).status).toBe('unknown')
  })
})
