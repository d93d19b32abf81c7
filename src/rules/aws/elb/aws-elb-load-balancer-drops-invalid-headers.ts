/** @module aws-elb-load-balancer-drops-invalid-headers */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'
import { loadBalancerAttributes } from './attributes.js'

export const awsElbLoadBalancerDropsInvalidHeaders = defineRule({
  id: 'aws-elb-load-balancer-drops-invalid-headers',
  title: 'Application load balancer drops invalid HTTP header fields',
  description:
    'An application load balancer forwards headers with invalid names to targets by default; request smuggling and ' +
    'header injection attacks rely on front and back ends parsing such headers differently.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Set routing.http.drop_invalid_header_fields.enabled to true on the load balancer.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    terraform: 'drop_invalid_header_fields = true',
  },
  target: { kinds: ['aws.elbv2.load-balancer'] },
  evaluate: (lb) => {
    if (lb.needStr('type') !== 'application') return notApplicable(`load balancer ${lb.label} is not an application load balancer`)
    const value = loadBalancerAttributes(lb)?.get('routing.http.drop_invalid_header_fields.enabled')
    if (value === undefined) return unknown(`load balancer ${lb.label}: its attributes are not in the input`)
    return value === 'true'
      ? healthy(`load balancer ${lb.label} drops invalid header fields`)
      : unhealthy(`load balancer ${lb.label} forwards invalid header fields to its targets`)
  },
})
