/** @module OPEN_DATABASE_LOGIN: an internet-exposed managed database accepts passwords. */
import { defineAttackEdge } from '../attack-edge.js'
import { FACT } from '../node-facts.js'

export const OPEN_DATABASE_LOGIN = defineAttackEdge({
  id: 'OPEN_DATABASE_LOGIN',
  name: 'Log in to an internet-exposed database with a password',
  description:
    'A managed database is reachable from the internet and allows basic (user/password) authentication: an attacker can guess, ' +
    'spray or reuse passwords against it.',
  stage: 'entry',
  mitre: { tactic: 'CredentialAccess', technique: 'BruteForce' },
  prerequisites: { insights: ['exposed-to-internet', 'allows-basic-authentication'] },
  dependsOn: [],
  selfTarget: 'always',
  edgeKind: 'routes-traffic-to',
  derive({ graph, facts, origin }, emit) {
    for (const v of graph.nodesOfFamily('managed-database')) {
      if (facts.exposure[v] !== 0 && (facts.flags[v]! & FACT.basicAuth) !== 0) emit(origin, v, -1)
    }
  },
})
