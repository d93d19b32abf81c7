/** @module k8s-rbac-role-csr-approval */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['update', 'patch']
const RESOURCES = ['certificatesigningrequests/approval']

export const k8sRbacRoleCsrApproval = defineRule({
  id: 'k8s-rbac-role-csr-approval',
  title: 'Cluster role does not approve certificate signing requests',
  description:
    'Approving CertificateSigningRequests (with update on the approval sub-resource) lets a subject issue itself a client certificate for any user or group — system:masters included — that outlives any RBAC change.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove update and patch on certificatesigningrequests/approval; leave approval to the controller manager and the administrators.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    if (node.kind === 'k8s.role') return notApplicable(`${roleLabel(node)} is namespaced: CertificateSigningRequests are cluster-scoped`)
    const granted = grantedResources(node.needObjects('rules'), 'certificates.k8s.io', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot approve certificate signing requests`)
      : unhealthy(`${roleLabel(node)} can approve certificates through ${granted.join(', ')}`, { resources: granted })
  },
})
