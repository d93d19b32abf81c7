/** @module ASSUME_ROLE: Assume a role that trusts the identity */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const ASSUME_ROLE = defineAttackEdge({
  id: 'ASSUME_ROLE',
  name: 'Assume a role that trusts the identity',
  description:
    'The identity may assume another role or identity (AWS sts:AssumeRole through the role trust and the caller\'s policy, role chains hop by hop, Azure federated credentials): it acts with that identity\'s permissions.',
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'ValidAccountsCloud' },
  prerequisites: { edges: ['can-assume'] },
  dependsOn: [],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'ASSUME_ROLE'),
})
