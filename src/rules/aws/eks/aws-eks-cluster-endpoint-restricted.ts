/** @module aws-eks-cluster-endpoint-restricted */
import { defineRule, healthy, isAnySource, unhealthy } from '../../rule-kit.js'

export const awsEksClusterEndpointRestricted = defineRule({
  id: 'aws-eks-cluster-endpoint-restricted',
  title: 'EKS cluster API endpoint is private or limited to known address ranges',
  description:
    'An EKS API endpoint public to 0.0.0.0/0 lets anyone probe the API server and try stolen tokens; restrict it to ' +
    'administrator ranges or make it private.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['cluster-security', 'network-exposure'],
  remediation: {
    steps: ['Disable public endpoint access, or set publicAccessCidrs to the administrators\' ranges.'],
    cli: 'aws eks update-cluster-config --name <cluster> --resources-vpc-config endpointPublicAccess=true,publicAccessCidrs=<cidr>,endpointPrivateAccess=true',
    terraform: 'vpc_config {\n  endpoint_private_access = true\n  endpoint_public_access  = false\n}',
  },
  target: { kinds: ['aws.eks.cluster'] },
  evaluate: (cluster) => {
    if (!cluster.needBool('endpointPublicAccess')) return healthy(`cluster ${cluster.label} has a private API endpoint`)
    const cidrs = cluster.strings('publicAccessCidrs') ?? ['0.0.0.0/0']
    return cidrs.length === 0 || cidrs.some(isAnySource)
      ? unhealthy(`cluster ${cluster.label} API endpoint is public to 0.0.0.0/0`)
      : healthy(`cluster ${cluster.label} API endpoint only admits ${cidrs.join(', ')}`)
  },
})
