/** @module gcp-compute-network-not-legacy */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const gcpComputeNetworkNotLegacy = defineRule({
  id: 'gcp-compute-network-not-legacy',
  title: 'VPC network is not a legacy network',
  description:
    'A legacy network has one global IPv4 range and no subnets: it cannot be segmented, carries no VPC Flow Logs ' +
    'and misses features (Private Google Access per subnet, private services) that the other controls rely on.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Create a VPC network in custom subnet mode, migrate the instances to it, delete the legacy network.'],
    cli: 'gcloud compute networks create <network> --subnet-mode=custom',
  },
  target: { kinds: ['gcp.compute.network'] },
  evaluate: (network) => {
    const document = network.obj('config')
    if (document === undefined) return unknown(`network ${network.label}: its resource document is not in the input`)
    // Only legacy networks carry IPv4Range; VPC networks have subnetworks instead.
    return typeof document['IPv4Range'] === 'string'
      ? unhealthy(`network ${network.label} is a legacy network (range ${document['IPv4Range']}, no subnets)`)
      : healthy(`network ${network.label} is a VPC network`)
  },
})
