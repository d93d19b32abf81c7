import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sIngressNginxSnippets } from './k8s-ingress-nginx-snippets.js'

const ingress: NodeInput = {
  id: 'k8s://prod/shop/ingress/web',
  kind: 'k8s.ingress',
  family: 'ingress',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'Ingress', ingressClassName: 'nginx', hosts: ['shop.example.com'], tls: [], annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' } },
}

describe('k8s-ingress-nginx-snippets', () => {
  it('is healthy with regular annotations', () => {
    expect(evaluateRule(k8sIngressNginxSnippets, ingress).status).toBe('healthy')
  })
  it('is unhealthy with a configuration snippet', () => {
    const snippet = withProps(ingress, { annotations: { 'nginx.ingress.kubernetes.io/configuration-snippet': 'more_set_headers "X-Frame-Options: DENY";' } })
    expect(evaluateRule(k8sIngressNginxSnippets, snippet)).toMatchObject({ status: 'unhealthy', message: 'ingress `shop/web` injects NGINX configuration through configuration-snippet' })
  })
})
