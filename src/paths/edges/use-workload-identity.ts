/** @module USE_WORKLOAD_IDENTITY: code on compute obtains the credentials of the identity it runs as. */
import { defineAttackEdge } from '../attack-edge.js'
import { COMPUTE_FAMILIES, eachEdge } from './edge-helpers.js'

export const USE_WORKLOAD_IDENTITY = defineAttackEdge({
  id: 'USE_WORKLOAD_IDENTITY',
  name: "Use the workload's identity",
  description:
    'A VM, function, container app or scale set runs as an identity (instance profile and its role, managed identity, service ' +
    'account): code running there gets its tokens from the metadata service. Instance profile → role is the same move.',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'CloudInstanceMetadataApi' },
  prerequisites: { edges: ['can-authenticate-as'] },
  dependsOn: ['EXPLOIT_EXPOSED_WORKLOAD'],
  edgeKind: 'can-authenticate-as',
  derive({ graph }, emit) {
    eachEdge(graph, 'can-authenticate-as', (e, from, to) => {
      const family = graph.nodeFamily(from)
      const kind = graph.nodeKind(from)
      // Pods and Kubernetes nodes have their own moves (token, node identity).
      if ((COMPUTE_FAMILIES.has(family) && family !== 'pod') || kind === 'aws.iam.instance-profile') emit(from, to, e)
    })
  },
})
