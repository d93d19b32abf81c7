/** @module PRIVATE_DATA_REPLICATED: a private store's data leaves through a public copy. */
import { defineAttackEdge } from '../attack-edge.js'
import { FACT } from '../node-facts.js'
import { eachEdge } from './edge-helpers.js'

export const PRIVATE_DATA_REPLICATED = defineAttackEdge({
  id: 'PRIVATE_DATA_REPLICATED',
  name: 'Private data replicated to a public copy',
  description:
    'A private store replicates its objects to a store that allows public access: its data is readable from the internet ' +
    'through the copy. As in the reference catalogue, the private source is the entry point and the public copy the target ' +
    '(REPLICATE_TO_PUBLIC_COPY).',
  stage: 'entry',
  mitre: { tactic: 'Exfiltration', technique: 'TransferDataToCloudAccount' },
  prerequisites: { insights: ['allows-public-access'], edges: ['moves-data-to'] },
  dependsOn: [],
  selfTarget: 'never',
  edgeKind: 'moves-data-to',
  derive({ graph, facts, origin }, emit) {
    eachEdge(graph, 'moves-data-to', (e, from, to) => {
      if ((facts.flags[to]! & FACT.public) !== 0 && (facts.flags[from]! & FACT.public) === 0) emit(origin, from, e)
    })
  },
})
