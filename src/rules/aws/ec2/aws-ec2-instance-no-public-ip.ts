/** @module aws-ec2-instance-no-public-ip */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEc2InstanceNoPublicIp = defineRule({
  id: 'aws-ec2-instance-no-public-ip',
  title: 'EC2 instance has no public IP address',
  description:
    'An instance with a public IPv4 address is one security group mistake away from the internet. Instances ' +
    'should sit in private subnets behind a load balancer, a NAT gateway for egress and Session Manager for access.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Move the workload to a private subnet and publish it through a load balancer.',
      'Release the Elastic IP or launch without a public address (subnet setting and launch template).',
    ],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
    terraform: 'associate_public_ip_address = false',
  },
  target: { kinds: ['aws.ec2.instance'] },
  evaluate: (instance) => {
    const ips = instance.needStrings('publicIps')
    return ips.length === 0
      ? healthy(`instance ${instance.label} has no public IP address`)
      : unhealthy(`instance ${instance.label} has public IP ${ips.join(', ')}`)
  },
})
