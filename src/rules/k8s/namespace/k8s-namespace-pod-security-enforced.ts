/** @module k8s-namespace-pod-security-enforced */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { namespaceName } from './namespace-contents.js'

/** Namespaces of the control plane and node agents, which need privileged pods. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-node-lease', 'kube-public'])
const ENFORCING = new Set(['baseline', 'restricted'])

export const k8sNamespacePodSecurityEnforced = defineRule({
  id: 'k8s-namespace-pod-security-enforced',
  title: 'Namespace enforces the baseline or restricted Pod Security Standard',
  description:
    'Without the pod-security.kubernetes.io/enforce label, Pod Security Admission lets any pod in: whoever can create ' +
    'a workload in the namespace can run it privileged, with host namespaces or host paths, which is node compromise.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security', 'cluster-security'],
  remediation: {
    steps: [
      'Label the namespace pod-security.kubernetes.io/enforce=baseline (or restricted), after checking violations with a warn label or a dry run.',
      'An admission policy engine (Kyverno, Gatekeeper) enforcing the same standard is an alternative; exempt the namespace from this rule then.',
    ],
    cli: 'kubectl label --overwrite namespace <ns> pod-security.kubernetes.io/enforce=baseline',
  },
  target: { kinds: ['k8s.namespace'] },
  evaluate: (namespace) => {
    const name = namespaceName(namespace)
    if (SYSTEM_NAMESPACES.has(name)) return notApplicable(`namespace ${namespace.label} is a Kubernetes system namespace`)
    const level = namespace.str('podSecurityEnforce') ?? namespace.tag('pod-security.kubernetes.io/enforce')
    if (level !== undefined && ENFORCING.has(level)) return healthy(`namespace ${namespace.label} enforces the ${level} Pod Security Standard`)
    return unhealthy(`namespace ${namespace.label} ${level === undefined ? 'enforces no Pod Security Standard' : `enforces the ${level} level, which admits any pod`}`)
  },
})
