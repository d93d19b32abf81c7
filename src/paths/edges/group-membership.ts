/** @module GROUP_MEMBERSHIP: an identity holds the grants of the groups it belongs to. */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge } from './edge-helpers.js'

export const GROUP_MEMBERSHIP = defineAttackEdge({
  id: 'GROUP_MEMBERSHIP',
  name: 'Use the permissions of a group',
  description:
    'An identity is a member of a group (IAM group, Entra group, Kubernetes implicit groups such as system:serviceaccounts): ' +
    "whatever the group may do, the member may do. Grants the analyses attach to the group are reached through this move.",
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'ValidAccountsCloud' },
  prerequisites: { edges: ['member-of'] },
  dependsOn: [],
  edgeKind: 'member-of',
  derive({ graph }, emit) {
    eachEdge(graph, 'member-of', (e, from, to) => emit(from, to, e))
  },
})
