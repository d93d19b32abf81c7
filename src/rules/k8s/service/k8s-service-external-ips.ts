/** @module k8s-service-external-ips */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const k8sServiceExternalIps = defineRule({
  id: 'k8s-service-external-ips',
  title: 'Service claims no external IP addresses',
  description:
    'spec.externalIPs makes every node route traffic for those addresses to the service: whoever can create or edit ' +
    'a Service can intercept traffic meant for any IP, in the cluster or beyond (CVE-2020-8554).',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Remove spec.externalIPs and publish the service with a LoadBalancer or an Ingress.',
      'Block externalIPs with the DenyServiceExternalIPs admission plugin or an admission policy.',
    ],
  },
  target: { kinds: ['k8s.service'] },
  evaluate: (service) => {
    const ips = service.strings('externalIPs')
    if (ips === undefined) return unknown(`service ${service.label}: its external IPs are not in the input`)
    return ips.length === 0
      ? healthy(`service ${service.label} claims no external IP`)
      : unhealthy(`service ${service.label} claims external IP${ips.length > 1 ? 's' : ''} ${ips.join(', ')}`, { externalIPs: [...ips] })
  },
})
