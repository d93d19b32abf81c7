/** @module READ_DATA: Read data with a permission */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, familyCodes, isDataTarget, LEVEL_READ, permissionLevels } from './edge-helpers.js'

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
    const level = permissionLevels(graph)
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if ((level[e]! & 3) === LEVEL_READ && isDataTarget(ctx, to, family)) emit(from, to, e)
    })
  },
})
