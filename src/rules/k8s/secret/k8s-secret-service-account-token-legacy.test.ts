import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sSecretServiceAccountTokenLegacy } from './k8s-secret-service-account-token-legacy.js'

const secret: NodeInput = {
  id: 'k8s://prod/ci/secret/deployer-token',
  kind: 'k8s.secret',
  family: 'secret',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'ci/deployer-token',
  props: { cluster: 'prod', namespace: 'ci', k8sKind: 'Secret', type: 'kubernetes.io/service-account-token', keys: ['ca.crt', 'namespace', 'token'], serviceAccountName: 'deployer' },
}

describe('k8s-secret-service-account-token-legacy', () => {
  it('is healthy for an Opaque secret', () => {
    expect(evaluateRule(k8sSecretServiceAccountTokenLegacy, withProps(secret, { type: 'Opaque', serviceAccountName: undefined })).status).toBe('healthy')
  })
  it('is unhealthy for a service account token secret', () => {
    expect(evaluateRule(k8sSecretServiceAccountTokenLegacy, secret)).toMatchObject({ status: 'unhealthy', message: 'secret `ci/deployer-token` holds a non-expiring token of deployer' })
  })
  it('is unknown without a type', () => {
    expect(evaluateRule(k8sSecretServiceAccountTokenLegacy, withProps(secret, { type: undefined })).status).toBe('unknown')
  })
})
