/** @module gcp-gke-cluster-secrets-encryption */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterSecretsEncryption = defineRule({
  id: 'gcp-gke-cluster-secrets-encryption',
  title: 'GKE cluster encrypts Kubernetes Secrets with a Cloud KMS key',
  description:
    'Application-layer Secrets encryption wraps the Secrets stored in etcd with a key in Cloud KMS that you control: a copy of etcd or its backups no longer exposes every Secret of the cluster.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption', 'cluster-security'],
  remediation: {
    steps: ['Create a Cloud KMS key in the cluster region, grant the GKE service agent encrypter/decrypter, and enable application-layer Secrets encryption.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --database-encryption-key=<key resource name>',
    terraform: 'database_encryption {\n  state    = "ENCRYPTED"\n  key_name = google_kms_crypto_key.gke.id\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    if (!hasResourceDocument(cluster)) return unknown(`cluster ${cluster.label}: its database encryption is not in the input`)
    const state = cluster.str('config.databaseEncryption.state')
    const key = cluster.str('config.databaseEncryption.keyName')
    return state === 'ENCRYPTED'
      ? healthy(`cluster ${cluster.label} encrypts Secrets with ${key ?? 'a Cloud KMS key'}`)
      : unhealthy(`cluster ${cluster.label} stores Secrets without application-layer encryption`)
  },
})
