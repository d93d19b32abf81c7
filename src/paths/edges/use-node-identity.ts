/** @module USE_NODE_IDENTITY: a compromised Kubernetes node uses the cloud identity of its VM. */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge } from './edge-helpers.js'

export const USE_NODE_IDENTITY = defineAttackEdge({
  id: 'USE_NODE_IDENTITY',
  name: "Use the node's cloud identity",
  description:
    'A Kubernetes node is a cloud VM with an identity (EKS node role, AKS kubelet identity, GKE node service account): whoever ' +
    'controls the node gets its tokens from the metadata service.',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'CloudInstanceMetadataApi' },
  prerequisites: { edges: ['can-authenticate-as', 'runs-on'] },
  dependsOn: ['ESCAPE_TO_NODE'],
  edgeKind: 'can-authenticate-as',
  derive({ graph }, emit) {
    eachEdge(graph, 'can-authenticate-as', (e, from, to) => {
      if (graph.nodeKind(from) === 'k8s.node') emit(from, to, e)
    })
  },
})
