/** @module k8s-namespace-network-policy */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { networkPoliciesOf, workloadsOf } from './namespace-contents.js'

export const k8sNamespaceNetworkPolicy = defineRule({
  id: 'k8s-namespace-network-policy',
  title: 'Namespace with workloads has at least one NetworkPolicy',
  description:
    'Pods accept traffic from every pod of the cluster until a NetworkPolicy selects them: without one, any ' +
    'compromised workload anywhere in the cluster can reach the namespace\'s services, databases included.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: [
      'Add a default-deny NetworkPolicy to the namespace, then policies that allow the flows the application needs.',
      'Check that the cluster runs a network plugin that enforces NetworkPolicy (Calico, Cilium, Dataplane V2).',
    ],
  },
  target: { kinds: ['k8s.namespace'] },
  evaluate: (namespace) => {
    const workloads = workloadsOf(namespace)
    if (workloads.length === 0) return notApplicable(`namespace ${namespace.label} runs no workload in the input`)
    const policies = networkPoliciesOf(namespace)
    return policies.length > 0
      ? healthy(`namespace ${namespace.label} has ${policies.length} NetworkPolic${policies.length === 1 ? 'y' : 'ies'}`)
      : unhealthy(`namespace ${namespace.label} runs ${workloads.length} workload${workloads.length === 1 ? '' : 's'} with no NetworkPolicy: every pod of the cluster can reach them`)
  },
})
