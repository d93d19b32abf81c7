import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sServiceaccountDefaultTokenAutomount } from './k8s-serviceaccount-default-token-automount.js'

const account = (name: string): NodeInput => ({
  id: `k8s://prod/shop/serviceaccount/${name}`,
  kind: 'k8s.serviceaccount',
  family: 'identity',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: `shop/${name}`,
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'ServiceAccount', automountServiceAccountToken: false, secrets: [], imagePullSecrets: [] },
})

describe('k8s-serviceaccount-default-token-automount', () => {
  it('is healthy when the default account opts out', () => {
    expect(evaluateRule(k8sServiceaccountDefaultTokenAutomount, account('default')).status).toBe('healthy')
  })
  it('is unhealthy when the default account leaves automount on (the API default)', () => {
    expect(evaluateRule(k8sServiceaccountDefaultTokenAutomount, withProps(account('default'), { automountServiceAccountToken: undefined }))).toMatchObject({
      status: 'unhealthy',
      message: 'service account `shop/default` mounts its token into every pod that names no other account',
    })
  })
  it('is not applicable to other accounts', () => {
    expect(evaluateRule(k8sServiceaccountDefaultTokenAutomount, account('web')).status).toBe('not-applicable')
  })
})
