/** @module HOSTED_DATABASE: a compromised VM gives the database installed on it. */
import { defineAttackEdge } from '../attack-edge.js'
import { COMPUTE_FAMILIES, eachEdge } from './edge-helpers.js'

export const HOSTED_DATABASE = defineAttackEdge({
  id: 'HOSTED_DATABASE',
  name: 'Take over a database hosted on the machine',
  description:
    'A VM runs a database server (MySQL, PostgreSQL, MongoDB, SQL Server…): whoever controls the VM reads its files and ' +
    'credentials. The database is a target by this move (catalogue rows 34, 48, 58).',
  stage: 'lateral',
  mitre: { tactic: 'Collection', technique: 'DataFromInformationRepositories' },
  prerequisites: { edges: ['is-running'] },
  dependsOn: ['EXPLOIT_EXPOSED_WORKLOAD'],
  terminal: true,
  edgeKind: 'is-running',
  derive({ graph }, emit) {
    eachEdge(graph, 'is-running', (e, from, to) => {
      if (COMPUTE_FAMILIES.has(graph.nodeFamily(from)) && graph.nodeFamily(to) === 'managed-database') emit(from, to, e)
    })
  },
})
