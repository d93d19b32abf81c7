/** @module Internet exposure, port-precise, with the route as evidence */
import type { Analysis } from '../analysis.js'

export const internetExposureAnalysis: Analysis = {
  id: 'internet-exposure',
  title: 'Internet exposure, port-precise, with the route as evidence',
  dependsOn: [],
  run: () => ({}),
}
