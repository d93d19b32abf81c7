/** @module A backend service as the CAI mapper (providers/gcp/mappers/network.ts) normalizes it. */
import type { NodeInput } from '../../../model/graph-types.js'

export const BACKEND_SERVICE: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/global/backendServices/web-backend',
  kind: 'gcp.compute.backendservice',
  family: 'load-balancer',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'web-backend',
  props: {
    protocol: 'https',
    loadBalancingScheme: 'external_managed',
    backendGroups: ['//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instanceGroups/web'],
    securityPolicy: '//compute.googleapis.com/projects/demo-proj/global/securityPolicies/waf',
    healthChecks: ['web-hc'],
  },
}
