/** @module gcp-compute-backend-service-cloud-armor */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpComputeBackendServiceCloudArmor = defineRule({
  id: 'gcp-compute-backend-service-cloud-armor',
  title: 'External backend service is protected by a Cloud Armor policy',
  description:
    'An external load balancer backend without a Cloud Armor security policy receives every request the internet sends: no WAF rules against injection and known exploits, no rate limiting, no IP or geography filtering, no adaptive DDoS protection.',
  severity: 'medium',
  control: 'protect-applications-against-ddos',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Create a Cloud Armor security policy (preconfigured WAF rules, rate limiting) and attach it to the backend service.'],
    cli: 'gcloud compute backend-services update <backend-service> --global --security-policy=<policy>',
    terraform: 'resource "google_compute_backend_service" "app" {\n  security_policy = google_compute_security_policy.waf.id\n}',
  },
  target: { kinds: ['gcp.compute.backendservice'] },
  evaluate: (backend) => {
    const scheme = backend.needStr('loadBalancingScheme')
    if (!scheme.startsWith('external')) return notApplicable(`backend service ${backend.label} serves an internal load balancer (${scheme})`)
    const policy = backend.str('securityPolicy')
    return policy !== undefined
      ? healthy(`backend service ${backend.label} is protected by Cloud Armor policy ${policy}`)
      : unhealthy(`backend service ${backend.label} faces the internet without a Cloud Armor security policy`)
  },
})
