/** @module gcp-compute-firewall-rdp-open-to-internet */
import { RDP_PORT, defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { ingressOpenOn } from './open-firewall.js'

export const gcpComputeFirewallRdpOpenToInternet = defineRule({
  id: 'gcp-compute-firewall-rdp-open-to-internet',
  title: 'VPC firewall rule does not allow RDP (port 3389) from 0.0.0.0/0',
  description:
    'An ingress allow rule from 0.0.0.0/0 on port 3389 exposes RDP on every instance the rule targets (all instances ' +
    'of the network when it has no target tags or service accounts).',
  severity: 'high',
  control: 'secure-management-ports',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Restrict the source ranges to administrator ranges, or to 35.235.240.0/20 when using Identity-Aware Proxy TCP forwarding.',
      'Delete the rule when the instances do not need RDP at all.',
    ],
    cli: 'gcloud compute firewall-rules update <rule> --source-ranges=35.235.240.0/20',
  },
  target: { kinds: ['gcp.compute.firewall'] },
  evaluate: (firewall) => {
    const verdict = ingressOpenOn(firewall, RDP_PORT)
    if (!verdict.applies) return notApplicable(`firewall rule ${firewall.label} ${verdict.why}`)
    if (!verdict.open) return healthy(`firewall rule ${firewall.label} admits no internet source on port 3389`)
    const scope = firewall.bool('appliesToAllInstances') === true ? 'every instance of its network' : 'its target instances'
    return unhealthy(`firewall rule ${firewall.label} allows RDP from ${verdict.sources.join(', ')} to ${scope}`)
  },
})
