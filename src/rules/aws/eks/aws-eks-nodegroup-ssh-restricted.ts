/** @module aws-eks-nodegroup-ssh-restricted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEksNodegroupSshRestricted = defineRule({
  id: 'aws-eks-nodegroup-ssh-restricted',
  title: 'EKS node group does not open SSH to the internet',
  description:
    'A managed node group with an SSH key and no source security groups gets a rule that opens port 22 on every ' +
    'node to 0.0.0.0/0. Nodes hold kubelet credentials and the node role; SSH to them should come from known groups only.',
  severity: 'high',
  control: 'secure-management-ports',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: [
      'Recreate the node group with remote access limited to source security groups, or without an SSH key.',
      'Use Session Manager (the SSM agent is on EKS-optimized AMIs) instead of SSH.',
    ],
    terraform: 'remote_access {\n  ec2_ssh_key               = "<key>"\n  source_security_group_ids = [aws_security_group.admin.id]\n}',
  },
  target: { kinds: ['aws.eks.nodegroup'] },
  evaluate: (group) => {
    const key = group.str('sshKey')
    if (key === undefined) return healthy(`node group ${group.label} has no SSH remote access`)
    const sources = group.strings('remoteAccessSourceSecurityGroups') ?? []
    return sources.length === 0
      ? unhealthy(`node group ${group.label} allows SSH with key ${key} from any address`)
      : healthy(`node group ${group.label} allows SSH only from ${String(sources.length)} security group(s)`)
  },
})
