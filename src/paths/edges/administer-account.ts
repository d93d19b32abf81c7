/** @module ADMINISTER_ACCOUNT: Administer an account, subscription or project */
import { defineAttackEdge } from '../attack-edge.js'
import { ACCOUNT_MASK, eachEdge, familyCodes, HAS_METHOD, LEVEL_READ, permissionLevels } from './edge-helpers.js'

export const ADMINISTER_ACCOUNT = defineAttackEdge({
  id: 'ADMINISTER_ACCOUNT',
  name: 'Administer an account, subscription or project',
  description:
    'The identity has administrator-equivalent or broad write permissions (Owner, AdministratorAccess, GCP Editor) on an AWS account, Azure subscription or management group, or GCP project, folder or organization: it can take over everything in it.',
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'AdditionalCloudRoles' },
  prerequisites: { insights: ['has-admin-permissions'], edges: ['has-permission-to'] },
  dependsOn: [],
  edgeKind: 'has-permission-to',
  derive(ctx, emit) {
    const { graph } = ctx
    const level = permissionLevels(graph)
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (ACCOUNT_MASK[family[to]!] === 1 && (level[e]! & 3) !== LEVEL_READ && (level[e]! & HAS_METHOD) === 0) emit(from, to, e)
    })
  },
})
