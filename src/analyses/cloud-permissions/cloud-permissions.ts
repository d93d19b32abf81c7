/** @module Azure RBAC, GCP IAM and Kubernetes RBAC effective permissions and identity hops */
import type { Analysis } from '../analysis.js'

export const cloudPermissionsAnalysis: Analysis = {
  id: 'cloud-permissions',
  title: 'Azure RBAC, GCP IAM and Kubernetes RBAC effective permissions and identity hops',
  dependsOn: [],
  run: () => ({}),
}
