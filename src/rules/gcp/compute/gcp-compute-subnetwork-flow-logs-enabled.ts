/** @module gcp-compute-subnetwork-flow-logs-enabled */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

/** Subnet purposes that carry VM traffic; proxy-only and Private Service Connect subnets have no flow logs. */
const VM_PURPOSES = new Set(['private', 'private_rfc_1918'])

export const gcpComputeSubnetworkFlowLogsEnabled = defineRule({
  id: 'gcp-compute-subnetwork-flow-logs-enabled',
  title: 'VPC subnet records VPC Flow Logs',
  description:
    'Flow logs record the connections of every VM interface in the subnet; without them there is no network ' +
    'evidence to investigate an intrusion, spot exfiltration or verify that firewall rules do what they should.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Enable flow logs on the subnet, with an aggregation interval and sampling rate that fit the log budget.'],
    cli: 'gcloud compute networks subnets update <subnet> --region <region> --enable-flow-logs',
    terraform: 'log_config {\n  aggregation_interval = "INTERVAL_5_SEC"\n  flow_sampling        = 0.5\n  metadata             = "INCLUDE_ALL_METADATA"\n}',
  },
  target: { kinds: ['gcp.compute.subnetwork'] },
  evaluate: (subnet) => {
    const purpose = subnet.str('purpose') ?? 'private'
    if (!VM_PURPOSES.has(purpose)) return notApplicable(`subnet ${subnet.label} is a ${purpose} subnet, which has no flow logs`)
    const enabled = subnet.bool('flowLogsEnabled') ?? (hasResourceDocument(subnet) ? false : undefined)
    if (enabled === undefined) return unknown(`subnet ${subnet.label}: its log configuration is not in the input`)
    return enabled ? healthy(`subnet ${subnet.label} records flow logs`) : unhealthy(`subnet ${subnet.label} records no VPC Flow Logs`)
  },
})
