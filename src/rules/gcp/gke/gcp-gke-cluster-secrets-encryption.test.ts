import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterSecretsEncryption } from './gcp-gke-cluster-secrets-encryption.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-secrets-encryption', () => {
  it('is healthy with a KMS key', () => {
    expect(evaluateRule(gcpGkeClusterSecretsEncryption, withProps(GKE_CLUSTER, { config: { databaseEncryption: { state: "ENCRYPTED", keyName: "projects/p/locations/europe-west1/keyRings/gke/cryptoKeys/secrets" } } })).status).toBe('healthy')
  })
  it('is unhealthy when decrypted', () => {
    expect(evaluateRule(gcpGkeClusterSecretsEncryption, withProps(GKE_CLUSTER, { config: { databaseEncryption: { state: "DECRYPTED" } } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` stores Secrets without application-layer encryption' })
  })
  it('is unknown without the document', () => {
    expect(evaluateRule(gcpGkeClusterSecretsEncryption, GKE_CLUSTER).status).toBe('unknown')
  })
})
