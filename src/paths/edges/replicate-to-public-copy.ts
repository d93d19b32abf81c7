/** @module REPLICATE_TO_PUBLIC_COPY: data moves to a store anyone can read. */
import { defineAttackEdge } from '../attack-edge.js'
import { FACT } from '../node-facts.js'
import { eachEdge } from './edge-helpers.js'

export const REPLICATE_TO_PUBLIC_COPY = defineAttackEdge({
  id: 'REPLICATE_TO_PUBLIC_COPY',
  name: 'Replication to a publicly accessible copy',
  description:
    'Replication (S3 replication, Azure object replication, copy jobs) moves data into a store that allows public access. The ' +
    'copy is a target by this move: it exposes what the source holds.',
  stage: 'lateral',
  mitre: { tactic: 'Exfiltration', technique: 'TransferDataToCloudAccount' },
  prerequisites: { insights: ['allows-public-access'], edges: ['moves-data-to'] },
  dependsOn: ['PRIVATE_DATA_REPLICATED'],
  terminal: true,
  edgeKind: 'moves-data-to',
  derive({ graph, facts }, emit) {
    eachEdge(graph, 'moves-data-to', (e, from, to) => {
      if ((facts.flags[to]! & FACT.public) !== 0) emit(from, to, e)
    })
  },
})
