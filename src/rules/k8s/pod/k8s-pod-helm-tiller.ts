/** @module k8s-pod-helm-tiller */
import { defineRule, healthy, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

/** Helm v2's server-side component, under its historical registries. */
const TILLER_IMAGE = /(^|\/)(kubernetes-helm|helm)\/tiller(:|@|$)/

export const k8sPodHelmTiller = defineRule({
  id: 'k8s-pod-helm-tiller',
  title: 'Cluster runs no Helm v2 Tiller',
  description:
    'Tiller (Helm v2, unsupported since 2020) listens on port 44134 without authentication by default and installs ' +
    'charts with its own, usually cluster-admin, service account: any pod that reaches it can take over the cluster.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['cluster-security', 'access-control'],
  remediation: {
    steps: ['Migrate the releases to Helm 3 (helm-2to3 plugin), then delete the Tiller deployment, service and its service account binding.'],
    cli: 'kubectl -n kube-system delete deployment tiller-deploy && kubectl -n kube-system delete service tiller-deploy',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    if (!Array.isArray(spec['images'])) return unknown(`${workloadLabel(node)}: its images are not in the input`)
    const tiller = texts(spec['images']).filter((image) => TILLER_IMAGE.test(image))
    return tiller.length === 0
      ? healthy(`${workloadLabel(node)} does not run Tiller`)
      : unhealthy(`${workloadLabel(node)} runs Helm v2 Tiller (${tiller.join(', ')})`, { images: tiller })
  },
})
