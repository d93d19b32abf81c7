/** @module ADMINISTER_CLUSTER: Administer a Kubernetes cluster */
import { defineAttackEdge } from '../attack-edge.js'
import { eachEdge, familyCode, familyCodes, LEVEL_ADMIN, permissionLevels } from './edge-helpers.js'

const CLUSTER = familyCode('k8s-cluster')

export const ADMINISTER_CLUSTER = defineAttackEdge({
  id: 'ADMINISTER_CLUSTER',
  name: 'Administer a Kubernetes cluster',
  description:
    'The identity is cluster-admin or equivalent on a Kubernetes cluster (RBAC binding, cloud admin group, escalation verbs): it controls every workload, secret and node identity in it.',
  stage: 'lateral',
  mitre: { tactic: 'Execution', technique: 'ContainerAdministrationCommand' },
  prerequisites: { insights: ['has-admin-permissions'], edges: ['has-permission-to'] },
  dependsOn: [],
  edgeKind: 'has-permission-to',
  derive(ctx, emit) {
    const { graph } = ctx
    const level = permissionLevels(graph)
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (family[to] === CLUSTER && (level[e]! & 3) === LEVEL_ADMIN) emit(from, to, e)
    })
  },
})
