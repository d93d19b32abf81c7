/** @module WORKLOAD_IDENTITY_FEDERATION: Federate a Kubernetes service account to a cloud identity */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const WORKLOAD_IDENTITY_FEDERATION = defineAttackEdge({
  id: 'WORKLOAD_IDENTITY_FEDERATION',
  name: 'Federate a Kubernetes service account to a cloud identity',
  description:
    'A Kubernetes service account is trusted by a cloud identity through workload identity (EKS IRSA, GKE workload identity, Azure workload identity): its token is exchanged for the cloud identity\'s credentials.',
  stage: 'lateral',
  mitre: { tactic: 'LateralMovement', technique: 'ApplicationAccessToken' },
  prerequisites: { edges: ['can-assume'] },
  dependsOn: ['USE_SERVICE_ACCOUNT_TOKEN'],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'WORKLOAD_IDENTITY_FEDERATION'),
})
