/** @module AWS effective permissions, role assumption and privilege escalation */
import type { Analysis } from '../analysis.js'

export const awsPermissionsAnalysis: Analysis = {
  id: 'aws-permissions',
  title: 'AWS effective permissions, role assumption and privilege escalation',
  dependsOn: [],
  run: () => ({}),
}
