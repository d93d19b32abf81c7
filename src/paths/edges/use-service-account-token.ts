/** @module USE_SERVICE_ACCOUNT_TOKEN: a pod's mounted service account token acts as that service account. */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge } from './edge-helpers.js'

export const USE_SERVICE_ACCOUNT_TOKEN = defineAttackEdge({
  id: 'USE_SERVICE_ACCOUNT_TOKEN',
  name: "Use the pod's service account token",
  description:
    'Code running in a pod reads the service account token mounted at /var/run/secrets/kubernetes.io/serviceaccount and calls ' +
    'the API server (and any cloud federated with it) as that service account. Pods whose token is not mounted give nothing.',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'StealApplicationAccessToken' },
  prerequisites: { edges: ['can-authenticate-as'] },
  dependsOn: ['EXPLOIT_EXPOSED_WORKLOAD'],
  edgeKind: 'can-authenticate-as',
  derive({ graph }, emit) {
    eachEdge(graph, 'can-authenticate-as', (e, from, to) => {
      if (graph.nodeFamily(from) !== 'pod' || graph.nodeKind(to) !== 'k8s.serviceaccount') return
      if (graph.edgeProps(e)['tokenMounted'] !== false) emit(from, to, e)
    })
  },
})
