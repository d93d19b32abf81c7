/** @module EXTERNAL_TRUST: a party outside the estate can act as an identity that trusts it. */
import { defineAttackEdge } from '../attack-edge.js'
import { FACT } from '../node-facts.js'

export const EXTERNAL_TRUST = defineAttackEdge({
  id: 'EXTERNAL_TRUST',
  name: 'Act as an identity trusted by an outside party',
  description:
    'A role or identity trusts an account, tenant or identity provider outside the scanned estate (or everyone): whoever holds ' +
    'credentials there, including an attacker who compromised the vendor, acts as it.',
  stage: 'entry',
  mitre: { tactic: 'InitialAccess', technique: 'ValidAccountsCloud' },
  prerequisites: { insights: ['is-external-user'] },
  dependsOn: [],
  selfTarget: 'never',
  edgeKind: 'can-assume',
  derive({ graph, facts, origin }, emit) {
    for (const v of graph.nodesOfFamily('identity')) if ((facts.flags[v]! & FACT.external) !== 0) emit(origin, v, -1)
  },
})
