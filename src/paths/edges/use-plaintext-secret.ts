/** @module USE_PLAINTEXT_SECRET: a credential found in plaintext authenticates to what it opens. */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge } from './edge-helpers.js'

export const USE_PLAINTEXT_SECRET = defineAttackEdge({
  id: 'USE_PLAINTEXT_SECRET',
  name: 'Use a plaintext secret',
  description:
    'A credential sits in plaintext on a disk, in instance metadata, in environment variables or in a secret (SSH private key, ' +
    'cloud access key, connection string, SAS token): whoever reads it signs in to what it authenticates to, possibly in another cloud.',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'CredentialsInFiles' },
  prerequisites: { insights: ['has-plaintext-secret'], edges: ['can-authenticate-to'] },
  dependsOn: [],
  edgeKind: 'can-authenticate-to',
  derive({ graph }, emit) {
    eachEdge(graph, 'can-authenticate-to', (e, from, to) => emit(from, to, e))
    // A holder reaches the secret nodes it contains (a secret found on a disk, a key in a function).
    for (const e of graph.edgesOfKind('contains')) {
      const to = graph.edgeTo(e)
      if (graph.nodeFamily(to) === 'secret' && graph.degree(to, 'out', 'can-authenticate-to') > 0) emit(graph.edgeFrom(e), to, e)
    }
  },
})
