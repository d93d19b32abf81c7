/** @module SECRET_IN_STORE: reading a secret store yields the secrets it holds. */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge } from './edge-helpers.js'

export const SECRET_IN_STORE = defineAttackEdge({
  id: 'SECRET_IN_STORE',
  name: 'Take the secrets a store holds',
  description:
    'Whoever may read a Key Vault, Secrets Manager or Secret Manager store reads the secrets in it; a secret that authenticates ' +
    'somewhere continues the path (USE_PLAINTEXT_SECRET).',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'CloudSecretsManagementStores' },
  prerequisites: { edges: ['stores-secret'] },
  dependsOn: ['READ_SECRETS'],
  edgeKind: 'stores-secret',
  derive({ graph }, emit) {
    eachEdge(graph, 'stores-secret', (e, from, to) => emit(from, to, e))
  },
})
