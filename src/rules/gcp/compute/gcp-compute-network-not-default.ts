/** @module gcp-compute-network-not-default */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpComputeNetworkNotDefault = defineRule({
  id: 'gcp-compute-network-not-default',
  title: 'Project does not keep the auto-created default VPC network',
  description:
    'The default network comes with a subnet in every region and pre-populated firewall rules that allow SSH, RDP ' +
    'and ICMP from anywhere and all internal traffic: resources dropped into it are exposed and unsegmented by default.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Create a custom-mode VPC with the subnets and firewall rules the workloads need, move them there, delete the default network.',
      'Prevent it on new projects with the constraints/compute.skipDefaultNetworkCreation organization policy.',
    ],
    cli: 'gcloud compute networks delete default --project <project>',
    terraform: 'resource "google_project" "p" {\n  auto_create_network = false\n}',
  },
  target: { kinds: ['gcp.compute.network'] },
  evaluate: (network) =>
    network.name === 'default'
      ? unhealthy(`network ${network.label} is the project's auto-created default network`)
      : healthy(`network ${network.label} is not the default network`),
})
