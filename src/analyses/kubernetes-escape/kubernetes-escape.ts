/** @module Kubernetes container escape, service account tokens and node identity */
import type { Analysis } from '../analysis.js'

export const kubernetesEscapeAnalysis: Analysis = {
  id: 'kubernetes-escape',
  title: 'Kubernetes container escape, service account tokens and node identity',
  dependsOn: [],
  run: () => ({}),
}
