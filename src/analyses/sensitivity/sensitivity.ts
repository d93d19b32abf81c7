/** @module Sensitive data and resource criticality */
import type { Analysis } from '../analysis.js'

export const sensitivityAnalysis: Analysis = {
  id: 'sensitivity',
  title: 'Sensitive data and resource criticality',
  dependsOn: [],
  run: () => ({}),
}
