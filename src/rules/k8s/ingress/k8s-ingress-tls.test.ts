import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sIngressTls } from './k8s-ingress-tls.js'

const ingress: NodeInput = {
  id: 'k8s://prod/shop/ingress/web',
  kind: 'k8s.ingress',
  family: 'ingress',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: {
    cluster: 'prod',
    namespace: 'shop',
    k8sKind: 'Ingress',
    ingressClassName: 'nginx',
    hosts: ['shop.example.com', 'api.example.com'],
    tls: [{ hosts: ['shop.example.com', 'api.example.com'], secretName: 'shop-tls' }],
    backendServices: ['k8s://prod/shop/service/web'],
  },
}

describe('k8s-ingress-tls', () => {
  it('is healthy when every host is covered', () => {
    expect(evaluateRule(k8sIngressTls, ingress).status).toBe('healthy')
  })
  it('is healthy with a cloud-managed certificate', () => {
    const alb = withProps(ingress, { tls: [], annotations: { 'alb.ingress.kubernetes.io/certificate-arn': 'arn:aws:acm:eu-west-1:111122223333:certificate/abc' } })
    expect(evaluateRule(k8sIngressTls, alb).status).toBe('healthy')
  })
  it('is unhealthy without TLS', () => {
    expect(evaluateRule(k8sIngressTls, withProps(ingress, { tls: [] }))).toMatchObject({ status: 'unhealthy', message: 'ingress `shop/web` serves shop.example.com, api.example.com over plain HTTP' })
  })
  it('is unhealthy when a host is left out of TLS', () => {
    expect(evaluateRule(k8sIngressTls, withProps(ingress, { tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }] }))).toMatchObject({
      status: 'unhealthy',
      message: 'ingress `shop/web` serves api.example.com without TLS',
    })
  })
  it('is unknown without the TLS section', () => {
    expect(evaluateRule(k8sIngressTls, withProps(ingress, { tls: undefined })).status).toBe('unknown')
  })
})
