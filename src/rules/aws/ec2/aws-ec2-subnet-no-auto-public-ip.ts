/** @module aws-ec2-subnet-no-auto-public-ip */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEc2SubnetNoAutoPublicIp = defineRule({
  id: 'aws-ec2-subnet-no-auto-public-ip',
  title: 'Subnet does not assign public IP addresses on launch',
  description:
    'With "auto-assign public IPv4 address" on, every instance launched in the subnet gets a public address unless ' +
    'its launch says otherwise, so a workload meant to be private becomes internet-addressable by default.',
  severity: 'low',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Turn off auto-assign public IPv4 address on the subnet; give public addresses explicitly where needed.'],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'map_public_ip_on_launch = false',
  },
  target: { kinds: ['aws.ec2.subnet'] },
  evaluate: (subnet) =>
    subnet.needBool('mapPublicIpOnLaunch')
      ? unhealthy(`subnet ${subnet.label} assigns a public IPv4 address to every instance launched in it`)
      : healthy(`subnet ${subnet.label} does not assign public addresses on launch`),
})
