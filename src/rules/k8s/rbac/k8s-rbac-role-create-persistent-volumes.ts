/** @module k8s-rbac-role-create-persistent-volumes */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['create']
const RESOURCES = ['persistentvolumes']

export const k8sRbacRoleCreatePersistentVolumes = defineRule({
  id: 'k8s-rbac-role-create-persistent-volumes',
  title: 'Cluster role does not create persistent volumes',
  description:
    'A PersistentVolume can point at a hostPath on the node: whoever creates one and binds it reads and writes the node file system from a pod, without any hostPath volume in the pod spec.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove create on persistentvolumes; let StorageClasses provision volumes dynamically through PersistentVolumeClaims.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    if (node.kind === 'k8s.role') return notApplicable(`${roleLabel(node)} is namespaced: PersistentVolumes are cluster-scoped`)
    const granted = grantedResources(node.needObjects('rules'), '', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot create persistent volumes`)
      : unhealthy(`${roleLabel(node)} can create ${granted.join(', ')}`, { resources: granted })
  },
})
