/** @module k8s-namespace-default-deny-ingress */
import type { JsonObject } from '../../../model/graph-types.js'
import { defineRule, healthy, notApplicable, texts, unhealthy } from '../../rule-kit.js'
import type { RuleNode } from '../../rule-kit.js'
import { networkPoliciesOf, workloadsOf } from './namespace-contents.js'

/** A policy that selects every pod (empty podSelector), applies to ingress and allows nothing. */
function deniesAllIngress(policy: RuleNode): boolean {
  const selector: JsonObject = policy.obj('podSelector') ?? { unknown: true }
  const selectsAll = Object.values(selector).every((v) => v === null || (typeof v === 'object' && Object.keys(v).length === 0))
  return selectsAll && texts(policy.value('policyTypes')).includes('Ingress') && (policy.list('ingress') ?? []).length === 0
}

export const k8sNamespaceDefaultDenyIngress = defineRule({
  id: 'k8s-namespace-default-deny-ingress',
  title: 'Namespace denies pod ingress by default',
  description:
    'NetworkPolicies are allow lists only for the pods they select: a pod no policy selects stays open to the ' +
    'whole cluster. A default-deny policy (empty podSelector, Ingress, no rules) closes every pod of the namespace, ' +
    'new ones included, until a policy allows a flow.',
  severity: 'low',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: ['Apply a NetworkPolicy with podSelector: {}, policyTypes: [Ingress] and no ingress rules, then allow the needed flows explicitly.'],
  },
  target: { kinds: ['k8s.namespace'] },
  evaluate: (namespace) => {
    if (workloadsOf(namespace).length === 0) return notApplicable(`namespace ${namespace.label} runs no workload in the input`)
    const denyAll = networkPoliciesOf(namespace).find(deniesAllIngress)
    return denyAll !== undefined
      ? healthy(`namespace ${namespace.label} denies ingress by default (${denyAll.label})`)
      : unhealthy(`namespace ${namespace.label} has no default-deny ingress NetworkPolicy`)
  },
})
