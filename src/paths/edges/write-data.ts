/** @module WRITE_DATA: Write or administer data with a permission */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, isDataTarget, levelOf } from './edge-helpers.js'

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
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (levelOf(graph, e) !== 'read' && isDataTarget(ctx, to)) emit(from, to, e)
    })
  },
})
