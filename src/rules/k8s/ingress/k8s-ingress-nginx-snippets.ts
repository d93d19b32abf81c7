/** @module k8s-ingress-nginx-snippets */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

/** ingress-nginx annotations whose value is pasted into the controller's NGINX configuration. */
const SNIPPETS = [
  'nginx.ingress.kubernetes.io/configuration-snippet',
  'nginx.ingress.kubernetes.io/server-snippet',
  'nginx.ingress.kubernetes.io/auth-snippet',
  'nginx.ingress.kubernetes.io/stream-snippet',
  'nginx.ingress.kubernetes.io/modsecurity-snippet',
]

export const k8sIngressNginxSnippets = defineRule({
  id: 'k8s-ingress-nginx-snippets',
  title: 'Ingress injects no raw NGINX configuration snippets',
  description:
    'Snippet annotations are copied verbatim into the ingress-nginx controller configuration: whoever can edit an ' +
    'Ingress can read files of the controller (its service account token, which can read every Secret) or reroute ' +
    'other tenants\' traffic (CVE-2021-25742).',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['cluster-security', 'access-control'],
  remediation: {
    steps: [
      'Replace the snippet with the dedicated annotations or a ConfigMap setting owned by the platform team.',
      'Set allow-snippet-annotations: "false" in the controller ConfigMap and keep ingress-nginx patched.',
    ],
  },
  target: { kinds: ['k8s.ingress'] },
  evaluate: (ingress) => {
    const annotations = ingress.obj('annotations') ?? {}
    const used = SNIPPETS.filter((key) => typeof annotations[key] === 'string')
    return used.length === 0
      ? healthy(`ingress ${ingress.label} uses no NGINX snippet annotation`)
      : unhealthy(`ingress ${ingress.label} injects NGINX configuration through ${used.map((key) => key.split('/')[1]!).join(', ')}`, { annotations: used })
  },
})
