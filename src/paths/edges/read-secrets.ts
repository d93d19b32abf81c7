/** @module READ_SECRETS: Read secrets or use keys with a permission */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, familyCodes, SECRET_MASK } from './edge-helpers.js'

export const READ_SECRETS = defineAttackEdge({
  id: 'READ_SECRETS',
  name: 'Read secrets or use keys with a permission',
  description:
    'The identity may read a secret store (Key Vault, Secrets Manager, Secret Manager), a secret, or use an encryption key (decrypt with KMS or Key Vault keys).',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'CloudSecretsManagementStores' },
  prerequisites: { edges: ['has-permission-to'] },
  dependsOn: [],
  edgeKind: 'has-permission-to',
  derive(ctx, emit) {
    const { graph } = ctx
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (SECRET_MASK[family[to]!] === 1) emit(from, to, e)
    })
  },
})
