/** @module k8s-rbac-role-node-proxy */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['get', 'create', 'update', 'patch', 'delete']
const RESOURCES = ['nodes/proxy']

export const k8sRbacRoleNodeProxy = defineRule({
  id: 'k8s-rbac-role-node-proxy',
  title: 'Cluster role does not reach the kubelet through nodes/proxy',
  description:
    'nodes/proxy gives direct access to the kubelet API of every node, bypassing admission control and audit logging: run commands in any pod (exec), read logs and metrics.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove the nodes/proxy sub-resource from the role; monitoring agents need nodes/metrics or nodes/stats only.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    if (node.kind === 'k8s.role') return notApplicable(`${roleLabel(node)} is namespaced: nodes are cluster-scoped`)
    const granted = grantedResources(node.needObjects('rules'), '', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot proxy to kubelets`)
      : unhealthy(`${roleLabel(node)} can reach the kubelet API through ${granted.join(', ')}`, { resources: granted })
  },
})
