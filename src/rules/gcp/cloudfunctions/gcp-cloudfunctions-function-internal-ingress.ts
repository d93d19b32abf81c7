/** @module gcp-cloudfunctions-function-internal-ingress */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpCloudfunctionsFunctionInternalIngress = defineRule({
  id: 'gcp-cloudfunctions-function-internal-ingress',
  title: 'HTTP Cloud Function does not accept traffic from the whole internet',
  description:
    'Ingress "allow all" accepts requests from any network: even with IAM on the invoker role the endpoint is reachable for credential stuffing, exploitation of the runtime and denial of wallet. Internal-only ingress keeps it to the VPC and the load balancer.',
  severity: 'low',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Set ingress to internal-only, or internal-and-gclb behind an external Application Load Balancer with Cloud Armor.'],
    cli: 'gcloud functions deploy <function> --region <region> --ingress-settings=internal-and-gclb',
    terraform: 'ingress_settings = "ALLOW_INTERNAL_AND_GCLB"',
  },
  target: { kinds: ['gcp.cloudfunctions.function'] },
  evaluate: (fn) => {
    if (fn.bool('isHttpTriggered') === false) return notApplicable(`function ${fn.label} is triggered by events, not HTTP`)
    const ingress = fn.needStr('ingressSettings')
    return ingress === 'allow_all'
      ? unhealthy(`function ${fn.label} accepts HTTP requests from the whole internet (ALLOW_ALL)`)
      : healthy(`function ${fn.label} limits ingress (${ingress})`)
  },
})
