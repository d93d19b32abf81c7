/** @module K8S_TOKEN_THEFT: Obtain another service account token through Kubernetes RBAC */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const K8S_TOKEN_THEFT = defineAttackEdge({
  id: 'K8S_TOKEN_THEFT',
  name: 'Obtain another service account token through Kubernetes RBAC',
  description:
    'Kubernetes RBAC lets the subject create pods or workloads, exec into pods, read token secrets or request tokens for another service account in the namespace: it becomes that service account.',
  stage: 'lateral',
  mitre: { tactic: 'CredentialAccess', technique: 'StealApplicationAccessToken' },
  prerequisites: { edges: ['can-assume'] },
  dependsOn: ['USE_SERVICE_ACCOUNT_TOKEN'],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'K8S_TOKEN_THEFT'),
})
