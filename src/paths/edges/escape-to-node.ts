/** @module ESCAPE_TO_NODE: a privileged or host-sharing container takes over its node. */
import { defineAttackEdge } from '../attack-edge.js'
import { deriveAssume } from './edge-helpers.js'

export const ESCAPE_TO_NODE = defineAttackEdge({
  id: 'ESCAPE_TO_NODE',
  name: 'Escape from the container to its node',
  description:
    'A pod runs privileged, with dangerous capabilities, the host PID namespace or a sensitive host path: code in it breaks out ' +
    'to the node (kubernetes-escape analysis, `can-assume` method `container-escape`).',
  stage: 'lateral',
  mitre: { tactic: 'PrivilegeEscalation', technique: 'EscapeToHost' },
  prerequisites: { insights: ['privileged-container', 'uses-host-pid', 'mounts-host-path'], edges: ['can-assume', 'runs-on'] },
  dependsOn: ['EXPLOIT_EXPOSED_WORKLOAD'],
  edgeKind: 'can-assume',
  derive: (ctx, emit) => deriveAssume(ctx, emit, 'ESCAPE_TO_NODE'),
})
