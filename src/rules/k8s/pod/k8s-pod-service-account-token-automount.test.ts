import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sPodServiceAccountTokenAutomount } from './k8s-pod-service-account-token-automount.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

const account = (automount: boolean | undefined): NodeInput => ({
  id: 'k8s://prod/shop/serviceaccount/app',
  kind: 'k8s.serviceaccount',
  family: 'identity',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/app',
  props: automount === undefined ? { namespace: 'shop' } : { namespace: 'shop', automountServiceAccountToken: automount },
})
const around = (automount: boolean | undefined) => ({
  nodes: [account(automount)],
  edges: [{ from: POD.id, to: 'k8s://prod/shop/serviceaccount/app', kind: 'can-authenticate-as' as const }],
})
const defaulted = withSpec(POD, { automountServiceAccountToken: undefined })

describe('k8s-pod-service-account-token-automount', () => {
  it('is healthy when the pod opts out', () => {
    expect(evaluateRule(k8sPodServiceAccountTokenAutomount, POD).status).toBe('healthy')
  })
  it('is healthy when its service account opts out', () => {
    expect(evaluateRule(k8sPodServiceAccountTokenAutomount, defaulted, around(false))).toMatchObject({ status: 'healthy', message: 'pod `shop/web-7d9f8-abcde` gets no token: service account app opts out' })
  })
  it('is unhealthy when neither opts out', () => {
    expect(evaluateRule(k8sPodServiceAccountTokenAutomount, defaulted, around(undefined))).toMatchObject({
      status: 'unhealthy',
      message: 'pod `shop/web-7d9f8-abcde` mounts the token of service account app',
    })
  })
  it('is unknown for a controller without its template', () => {
    expect(evaluateRule(k8sPodServiceAccountTokenAutomount, withProps(DEPLOYMENT, { podTemplate: undefined })).status).toBe('unknown')
  })
})
