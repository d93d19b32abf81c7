/** @module Vulnerabilities and plaintext secrets resolved to what they authenticate to */
import type { Analysis } from '../analysis.js'

export const vulnerabilitiesAnalysis: Analysis = {
  id: 'vulnerabilities',
  title: 'Vulnerabilities and plaintext secrets resolved to what they authenticate to',
  dependsOn: [],
  run: () => ({}),
}
