/** @module k8s-pod-default-namespace */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { POD_SPEC_KINDS, workloadLabel } from '../pod-spec.js'

export const k8sPodDefaultNamespace = defineRule({
  id: 'k8s-pod-default-namespace',
  title: 'Workload runs outside the default namespace',
  description:
    'The default namespace gathers unrelated workloads under one set of RBAC bindings, network policies and ' +
    'quotas; a dedicated namespace per application keeps their blast radius apart.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['cluster-security'],
  remediation: { steps: ['Create a namespace for the application and redeploy the workload there.'], cli: 'kubectl create namespace <app>' },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) =>
    node.needStr('namespace') === 'default'
      ? unhealthy(`${workloadLabel(node)} runs in the default namespace`)
      : healthy(`${workloadLabel(node)} runs in namespace ${node.needStr('namespace')}`),
})
