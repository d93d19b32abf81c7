/** @module gcp-run-service-not-public */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

const INVOKER_ROLES = new Set(['roles/run.invoker', 'roles/run.admin', 'roles/run.developer', 'roles/editor', 'roles/owner'])

export const gcpRunServiceNotPublic = defineRule({
  id: 'gcp-run-service-not-public',
  title: 'Cloud Run service cannot be invoked by allUsers or allAuthenticatedUsers',
  description:
    'roles/run.invoker for allUsers or allAuthenticatedUsers lets anyone on the internet call the service: its code, its service account and whatever that account can reach face unauthenticated traffic.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'access-control'],
  remediation: {
    steps: ['Remove the public invoker binding and require authentication (--no-allow-unauthenticated); for a public site, front it with a load balancer, Cloud Armor or IAP.'],
    cli: 'gcloud run services remove-iam-policy-binding <service> --region <region> --member=allUsers --role=roles/run.invoker',
  },
  target: { kinds: ['gcp.run.service'] },
  evaluate: (service) => {
    const grants = service
      .needObjects('publicBindings')
      .filter((b) => INVOKER_ROLES.has(text(b['role'])))
      .map((b) => `${text(b['member'])} (${text(b['role'])})`)
    return grants.length === 0
      ? healthy(`service ${service.label} grants no invoker role to allUsers or allAuthenticatedUsers`)
      : unhealthy(`service ${service.label} can be invoked by ${grants.join(', ')}`, { grants })
  },
})
