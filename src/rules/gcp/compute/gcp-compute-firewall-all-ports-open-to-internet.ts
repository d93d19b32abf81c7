/** @module gcp-compute-firewall-all-ports-open-to-internet */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { allPortEntries, ingressOpenOn } from './open-firewall.js'

export const gcpComputeFirewallAllPortsOpenToInternet = defineRule({
  id: 'gcp-compute-firewall-all-ports-open-to-internet',
  title: 'VPC firewall rule does not allow every port from 0.0.0.0/0',
  description:
    'An ingress allow rule from any address on all protocols or all ports exposes every service the targeted ' +
    'instances listen on — databases, admin consoles, debug ports — to the whole internet.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Replace the rule with rules that allow only the ports the service publishes (e.g. tcp:443) from the sources that need them.',
      'Delete it when nothing on the network is meant to be public.',
    ],
    cli: 'gcloud compute firewall-rules update <rule> --allow=tcp:443 --source-ranges=<client ranges>',
  },
  target: { kinds: ['gcp.compute.firewall'] },
  evaluate: (firewall) => {
    // Port 0 is never a service: the verdict only tells whether the rule applies and its internet sources.
    const verdict = ingressOpenOn(firewall, 0)
    if (!verdict.applies) return notApplicable(`firewall rule ${firewall.label} ${verdict.why}`)
    const everyPort = allPortEntries(firewall)
    if (verdict.sources.length === 0 || everyPort.length === 0) return healthy(`firewall rule ${firewall.label} does not open every port to the internet`)
    const scope = firewall.bool('appliesToAllInstances') === true ? 'every instance of its network' : 'its target instances'
    const what = everyPort.map((p) => (p === 'all' ? 'all traffic' : `every ${p} port`)).join(', ')
    return unhealthy(`firewall rule ${firewall.label} allows ${what} from ${verdict.sources.join(', ')} to ${scope}`)
  },
})
