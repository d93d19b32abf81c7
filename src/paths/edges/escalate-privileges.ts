/** @module ESCALATE_PRIVILEGES: Escalate privileges by rewriting permissions */
import { defineAttackEdge } from '../attack-edge.js'
import { ACCOUNT_MASK, deriveAssume, eachEdge, familyCodes, HAS_METHOD, LEVEL_ADMIN, permissionLevels } from './edge-helpers.js'

export const ESCALATE_PRIVILEGES = defineAttackEdge({
  id: 'ESCALATE_PRIVILEGES',
  name: 'Escalate privileges by rewriting permissions',
  description:
    'The identity may change what an identity can do (AWS iam:CreatePolicyVersion, AttachRolePolicy, PutUserPolicy, UpdateAssumeRolePolicy, CreateAccessKey…): it grants itself or the target more. A self-escalation to account admin is an admin grant with its method.',
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'AdditionalCloudRoles' },
  prerequisites: { insights: ['has-admin-permissions'], edges: ['can-assume', 'has-permission-to'] },
  dependsOn: [],
  edgeKind: 'can-assume',
  derive(ctx, emit) {
    deriveAssume(ctx, emit, 'ESCALATE_PRIVILEGES')
    const { graph } = ctx
    const level = permissionLevels(graph)
    const family = familyCodes(graph)
    eachEdge(graph, 'has-permission-to', (e, from, to) => {
      if (ACCOUNT_MASK[family[to]!] === 1 && (level[e]! & 3) === LEVEL_ADMIN && (level[e]! & HAS_METHOD) !== 0) emit(from, to, e)
    })
  },
})
