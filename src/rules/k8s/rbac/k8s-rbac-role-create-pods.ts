/** @module k8s-rbac-role-create-pods */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['create']
const RESOURCES = ['pods']

export const k8sRbacRoleCreatePods = defineRule({
  id: 'k8s-rbac-role-create-pods',
  title: 'Role does not create pods',
  description:
    'Whoever can create pods can run any image with any service account of the namespace (and its token), mount its Secrets and, without an admission policy, start privileged pods on the nodes: pod creation is a step from namespace to node compromise.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Leave pod creation to controllers (Deployments, Jobs) and grant people and CI the workload resources instead; enforce a Pod Security Standard on namespaces where pods are created.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const granted = grantedResources(node.needObjects('rules'), '', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot create pods`)
      : unhealthy(`${roleLabel(node)} can create ${granted.join(', ')}`, { resources: granted })
  },
})
