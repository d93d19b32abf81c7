/** @module gcp-cloudfunctions-function-not-public */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

/** Roles that let a member call the function (2nd gen functions are invoked through Cloud Run). */
const INVOKER_ROLES = new Set(['roles/cloudfunctions.invoker', 'roles/run.invoker', 'roles/cloudfunctions.admin', 'roles/cloudfunctions.developer', 'roles/editor', 'roles/owner'])

export const gcpCloudfunctionsFunctionNotPublic = defineRule({
  id: 'gcp-cloudfunctions-function-not-public',
  title: 'Cloud Function cannot be invoked by allUsers or allAuthenticatedUsers',
  description:
    'An invoker role granted to allUsers or allAuthenticatedUsers lets anyone on the internet call the function: its code, its service account and whatever that account can reach are exposed to unauthenticated traffic.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'access-control'],
  remediation: {
    steps: ['Remove the allUsers / allAuthenticatedUsers invoker binding; grant roles/cloudfunctions.invoker (or run.invoker for 2nd gen) to the callers, or front a public API with API Gateway or a load balancer with IAP.'],
    cli: 'gcloud functions remove-iam-policy-binding <function> --region <region> --member=allUsers --role=roles/cloudfunctions.invoker',
  },
  target: { kinds: ['gcp.cloudfunctions.function'] },
  evaluate: (fn) => {
    const grants = fn
      .needObjects('publicBindings')
      .filter((b) => INVOKER_ROLES.has(text(b['role'])))
      .map((b) => `${text(b['member'])} (${text(b['role'])})`)
    return grants.length === 0
      ? healthy(`function ${fn.label} grants no invoker role to allUsers or allAuthenticatedUsers`)
      : unhealthy(`function ${fn.label} can be invoked by ${grants.join(', ')}`, { grants })
  },
})
