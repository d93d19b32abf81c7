/** @module PASS_ROLE: Pass a role to compute it controls */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const PASS_ROLE = defineAttackEdge({
  id: 'PASS_ROLE',
  name: 'Pass a role to compute it controls',
  description:
    'The identity may launch or change compute that runs as another identity and then use it (AWS iam:PassRole with ec2:RunInstances, lambda:CreateFunction and the like; Azure run command on a VM with a managed identity; GCP actAs).',
  stage: 'lateral',
  mitre: { tactic: 'Execution', technique: 'CloudAdministrationCommand' },
  prerequisites: { edges: ['can-assume'] },
  dependsOn: [],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'PASS_ROLE'),
})
