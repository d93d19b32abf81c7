/** @module k8s-pod-kubernetes-dashboard */
import { defineRule, healthy, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

const DASHBOARD_IMAGE = /(^|\/)(kubernetesui\/dashboard(-api|-web|-auth)?|kubernetes-dashboard-amd64|kubernetes-dashboard)(:|@|$)/

export const k8sPodKubernetesDashboard = defineRule({
  id: 'k8s-pod-kubernetes-dashboard',
  title: 'Cluster does not run the Kubernetes Dashboard',
  description:
    'The Kubernetes Dashboard is a web UI with its own service account: deployed with broad permissions or the ' +
    'skip-login option, or exposed beyond kubectl proxy, it has handed whole clusters to whoever found it (Tesla, 2018).',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['cluster-security', 'network-exposure'],
  remediation: {
    steps: [
      'Remove the Dashboard and use the cloud console or a local client; if it must stay, keep it ClusterIP-only behind kubectl proxy, without skip-login, with a read-only service account.',
    ],
    cli: 'kubectl delete namespace kubernetes-dashboard',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    if (!Array.isArray(spec['images'])) return unknown(`${workloadLabel(node)}: its images are not in the input`)
    const dashboard = texts(spec['images']).filter((image) => DASHBOARD_IMAGE.test(image))
    return dashboard.length === 0
      ? healthy(`${workloadLabel(node)} does not run the Kubernetes Dashboard`)
      : unhealthy(`${workloadLabel(node)} runs the Kubernetes Dashboard (${dashboard.join(', ')})`, { images: dashboard })
  },
})
