/** @module gcp-compute-instance-public-ip */
import { defineRule, healthy, notApplicable, texts, unhealthy } from '../../rule-kit.js'
import { isGkeNodeVm } from '../resource-document.js'

export const gcpComputeInstancePublicIp = defineRule({
  id: 'gcp-compute-instance-public-ip',
  title: 'VM instance has no external IP address',
  description:
    'An external IP puts the instance on the internet, one firewall rule away from exposure of every listening ' +
    'service. Instances reach out through Cloud NAT and are reached through load balancers or IAP instead.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Remove the access config from the network interface; use Cloud NAT for egress and IAP TCP forwarding or a load balancer for ingress.',
      'Restrict external IPs with the constraints/compute.vmExternalIpAccess organization policy.',
    ],
    cli: 'gcloud compute instances delete-access-config <instance> --zone <zone> --access-config-name "External NAT"',
    terraform: '# network_interface { … } without an access_config block',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    if (isGkeNodeVm(instance)) return notApplicable(`instance ${instance.label} is a GKE node: its addressing is the cluster's (private nodes)`)
    const external = instance.needBool('hasExternalIp')
    const ips = texts(instance.value('externalIps'))
    return external
      ? unhealthy(`instance ${instance.label} has an external IP address${ips.length === 0 ? ' (ephemeral)' : ` (${ips.join(', ')})`}`, { externalIps: ips })
      : healthy(`instance ${instance.label} has no external IP address`)
  },
})
