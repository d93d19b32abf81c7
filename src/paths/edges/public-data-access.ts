/** @module PUBLIC_DATA_ACCESS: anyone on the internet reads a publicly accessible data store. */
import { defineAttackEdge } from '../attack-edge.js'
import { FACT } from '../node-facts.js'

export const PUBLIC_DATA_ACCESS = defineAttackEdge({
  id: 'PUBLIC_DATA_ACCESS',
  name: 'Read a publicly accessible data store',
  description:
    'A bucket, storage account, blob container, snapshot or other store allows anonymous access: anyone on the internet reads it ' +
    'without credentials. The store is a target by itself when it holds sensitive data or is critical (a public snapshot always).',
  stage: 'entry',
  mitre: { tactic: 'Collection', technique: 'DataFromCloudStorage' },
  prerequisites: { insights: ['allows-public-access'] },
  dependsOn: [],
  selfTarget: 'if-target',
  edgeKind: 'routes-traffic-to',
  derive({ graph, facts, origin }, emit) {
    for (let v = 0; v < graph.nodeCount; v++) {
      if ((facts.flags[v]! & FACT.public) === 0) continue
      const family = graph.nodeFamily(v)
      if (family === 'identity' || family === 'k8s-cluster' || family === 'internet') continue
      emit(origin, v, -1)
    }
  },
})
