/** @module aws-elb-load-balancer-deletion-protection */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { loadBalancerAttributes } from './attributes.js'

export const awsElbLoadBalancerDeletionProtection = defineRule({
  id: 'aws-elb-load-balancer-deletion-protection',
  title: 'Load balancer has deletion protection enabled',
  description:
    'Deleting a load balancer takes its DNS name and every listener with it; without deletion protection one ' +
    'mistaken API call or template change brings down the service behind it.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Turn on deletion protection in the load balancer attributes.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'enable_deletion_protection = true',
  },
  target: { kinds: ['aws.elbv2.load-balancer'] },
  evaluate: (lb) => {
    const value = loadBalancerAttributes(lb)?.get('deletion_protection.enabled')
    if (value === undefined) return unknown(`load balancer ${lb.label}: its attributes are not in the input`)
    return value === 'true'
      ? healthy(`load balancer ${lb.label} has deletion protection`)
      : unhealthy(`load balancer ${lb.label} can be deleted without turning off deletion protection first`)
  },
})
