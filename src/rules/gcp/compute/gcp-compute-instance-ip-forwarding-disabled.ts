/** @module gcp-compute-instance-ip-forwarding-disabled */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument, isGkeNodeVm } from '../resource-document.js'

export const gcpComputeInstanceIpForwardingDisabled = defineRule({
  id: 'gcp-compute-instance-ip-forwarding-disabled',
  title: 'VM instance does not forward IP packets for other addresses',
  description:
    'With canIpForward an instance sends and receives packets whose addresses are not its own: it can act as a ' +
    'router, bypass firewall rules written for the real source and destination, and spoof traffic within the VPC.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Recreate the instance without IP forwarding (the setting is fixed at creation), unless it is a deliberate NAT or network appliance.',
      'Restrict it with the constraints/compute.vmCanIpForward organization policy.',
    ],
    terraform: 'can_ip_forward = false',
  },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (instance) => {
    if (isGkeNodeVm(instance)) return notApplicable(`instance ${instance.label} is a GKE node, which needs IP forwarding for pod traffic`)
    const forwarding = instance.bool('canIpForward') ?? (hasResourceDocument(instance) ? false : undefined)
    if (forwarding === undefined) return unknown(`instance ${instance.label}: canIpForward is not in the input`)
    return forwarding
      ? unhealthy(`instance ${instance.label} forwards IP packets (canIpForward is true)`)
      : healthy(`instance ${instance.label} does not forward IP packets`)
  },
})
