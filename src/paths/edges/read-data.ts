/** @module READ_DATA: Read data with a permission */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, isDataTarget, levelOf } from './edge-helpers.js'

export const READ_DATA = defineAttackEdge({
  id: 'READ_DATA',
  name: 'Read data with a permission',
  description:
    'The identity may read a data store (bucket, storage account, database, snapshot) or any resource holding sensitive data or marked critical, through identity or resource policies.',
  stage: 'lateral',
  mitre: { tactic: 'Collection', technique: 'DataFromCloudStorage' },
  prerequisites: { edges: ['has-permission-to'] },
  dependsOn: [],
  edgeKind: 'has-permission-to',
  derive(ctx, emit) {
    const { graph } = ctx
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (levelOf(graph, e) === 'read' && isDataTarget(ctx, to)) emit(from, to, e)
    })
  },
})
