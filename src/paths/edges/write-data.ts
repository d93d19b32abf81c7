/** @module WRITE_DATA: Write or administer data with a permission */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, familyCodes, isDataTarget, LEVEL_READ, permissionLevels } from './edge-helpers.js'

export const WRITE_DATA = defineAttackEdge({
  id: 'WRITE_DATA',
  name: 'Write or administer data with a permission',
  description:
    'The identity may write, delete or administer a data store or a sensitive or critical resource: it can tamper with, destroy or exfiltrate its data.',
  stage: 'lateral',
  mitre: { tactic: 'Impact', technique: 'DataManipulation' },
  prerequisites: { edges: ['has-permission-to'] },
  dependsOn: [],
  edgeKind: 'has-permission-to',
  derive(ctx, emit) {
    const { graph } = ctx
    const level = permissionLevels(graph)
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if ((level[e]! & 3) !== LEVEL_READ && isDataTarget(ctx, to, family)) emit(from, to, e)
    })
  },
})
