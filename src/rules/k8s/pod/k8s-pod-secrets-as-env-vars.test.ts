import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodSecretsAsEnvVars } from './k8s-pod-secrets-as-env-vars.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-secrets-as-env-vars', () => {
  it('is healthy when no Secret is referenced from env', () => {
    expect(evaluateRule(k8sPodSecretsAsEnvVars, withSpec(POD, { secretRefs: [] })).status).toBe('healthy')
  })
  it('is unhealthy when env and envFrom reference Secrets', () => {
    const deployment = withSpec(DEPLOYMENT, { secretRefs: [{ env: 'DB_PASSWORD', secret: 'db', key: 'password' }, { secret: 'api-keys', all: true }] })
    expect(evaluateRule(k8sPodSecretsAsEnvVars, deployment)).toMatchObject({ status: 'unhealthy', message: 'deployment `shop/web` passes Secrets db, api-keys through environment variables' })
  })
  it('is unknown when the references were not normalized', () => {
    expect(evaluateRule(k8sPodSecretsAsEnvVars, POD).status).toBe('unknown')
  })
})
