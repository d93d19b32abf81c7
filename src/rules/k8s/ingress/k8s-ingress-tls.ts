/** @module k8s-ingress-tls */
import { defineRule, healthy, texts, unhealthy, unknown } from '../../rule-kit.js'

/** Annotations with which cloud ingress controllers terminate TLS on certificates they manage. */
const CLOUD_TLS_ANNOTATIONS = [
  'alb.ingress.kubernetes.io/certificate-arn',
  'ingress.gcp.kubernetes.io/pre-shared-cert',
  'networking.gke.io/managed-certificates',
  'appgw.ingress.kubernetes.io/appgw-ssl-certificate',
]

export const k8sIngressTls = defineRule({
  id: 'k8s-ingress-tls',
  title: 'Ingress serves its hosts over TLS',
  description:
    'An Ingress without TLS serves its hosts over plain HTTP: credentials, session cookies and data cross the ' +
    'network readable and modifiable by anyone on the path.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption', 'network-exposure'],
  remediation: {
    steps: [
      'Add a spec.tls entry covering every host with a certificate Secret (cert-manager can issue and renew it), or a certificate managed by the cloud load balancer.',
      'Redirect HTTP to HTTPS at the ingress controller.',
    ],
  },
  target: { kinds: ['k8s.ingress'] },
  evaluate: (ingress) => {
    const tls = ingress.objects('tls')
    if (tls === undefined) return unknown(`ingress ${ingress.label}: its TLS section is not in the input`)
    const annotations = ingress.obj('annotations') ?? {}
    const cloud = CLOUD_TLS_ANNOTATIONS.find((key) => typeof annotations[key] === 'string')
    if (cloud !== undefined) return healthy(`ingress ${ingress.label} terminates TLS on a cloud-managed certificate (${cloud})`)
    if (tls.length === 0) return unhealthy(`ingress ${ingress.label} serves ${texts(ingress.value('hosts')).join(', ') || 'every host'} over plain HTTP`)
    // A TLS entry without hosts covers the default host; with hosts, each rule host must be listed.
    const covered = new Set(tls.flatMap((entry) => texts(entry['hosts'])))
    const catchAll = tls.some((entry) => texts(entry['hosts']).length === 0)
    const plain = texts(ingress.value('hosts')).filter((host) => !covered.has(host) && !(catchAll && covered.size === 0))
    return plain.length === 0
      ? healthy(`ingress ${ingress.label} serves its hosts over TLS`)
      : unhealthy(`ingress ${ingress.label} serves ${plain.join(', ')} without TLS`, { hosts: plain })
  },
})
