import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodCapabilitiesDropAll } from './k8s-pod-capabilities-drop-all.js'
import { DEPLOYMENT, POD, container, withSpec } from './fixtures.js'

describe('k8s-pod-capabilities-drop-all', () => {
  it('is healthy when every container drops ALL', () => {
    expect(evaluateRule(k8sPodCapabilitiesDropAll, DEPLOYMENT).status).toBe('healthy')
  })
  it('is unhealthy when a container only drops some', () => {
    const pod = withSpec(POD, { containers: [container({ capabilitiesDrop: ['NET_RAW'] })] })
    expect(evaluateRule(k8sPodCapabilitiesDropAll, pod)).toMatchObject({ status: 'unhealthy', message: 'pod `shop/web-7d9f8-abcde` keeps the default capabilities in app' })
  })
  it('is unknown when the template is missing', () => {
    expect(evaluateRule(k8sPodCapabilitiesDropAll, { ...DEPLOYMENT, props: { replicas: 2 } }).status).toBe('unknown')
  })
})
