/** @module IMPERSONATE_IDENTITY: Impersonate another identity */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const IMPERSONATE_IDENTITY = defineAttackEdge({
  id: 'IMPERSONATE_IDENTITY',
  name: 'Impersonate another identity',
  description:
    'The identity may mint tokens or keys for another identity, or impersonate it (GCP iam.serviceAccounts.getAccessToken, signJwt, serviceAccountKeys.create, instance metadata writes; Kubernetes impersonate).',
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'ApplicationAccessToken' },
  prerequisites: { edges: ['can-assume'] },
  dependsOn: [],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'IMPERSONATE_IDENTITY'),
})
