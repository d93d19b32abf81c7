/** @module aws-elb-load-balancer-access-logs */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'
import { loadBalancerAttributes } from './attributes.js'

export const awsElbLoadBalancerAccessLogs = defineRule({
  id: 'aws-elb-load-balancer-access-logs',
  title: 'Load balancer writes access logs',
  description:
    'Access logs record every request (client address, path, status, TLS protocol); without them an intrusion ' +
    'through the load balancer leaves no trace to investigate.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Enable access logs to an S3 bucket whose policy lets the ELB service write to it.'],
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    terraform: 'access_logs {\n  bucket  = aws_s3_bucket.lb_logs.id\n  enabled = true\n}',
  },
  target: { kinds: ['aws.elbv2.load-balancer'] },
  evaluate: (lb) => {
    // Gateway load balancers have no access logs.
    if (lb.str('type') === 'gateway') return notApplicable(`load balancer ${lb.label} is a gateway load balancer`)
    const attributes = loadBalancerAttributes(lb)
    const value = attributes?.get('access_logs.s3.enabled')
    if (value === undefined) return unknown(`load balancer ${lb.label}: its attributes are not in the input`)
    return value === 'true'
      ? healthy(`load balancer ${lb.label} writes access logs to ${attributes?.get('access_logs.s3.bucket') ?? 'S3'}`)
      : unhealthy(`load balancer ${lb.label} writes no access logs`)
  },
})
