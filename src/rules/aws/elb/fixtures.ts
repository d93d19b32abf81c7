/** @module Load balancer nodes as the ELB mappers (providers/aws/services/elb) normalize them, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const ACCOUNT = 'aws://accounts/111122223333'

export const LISTENER: NodeInput = {
  id: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:listener/app/web/1/3',
  kind: 'aws.elbv2.listener',
  family: 'load-balancer',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'https:443',
  props: {
    port: 443,
    protocol: 'https',
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    certificateArns: ['arn:aws:acm:eu-west-1:111122223333:certificate/1'],
    defaultActions: [{ type: 'forward', targetGroupArns: ['arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/2'], authenticate: false }],
  },
}

/** Load balancer attributes as AWS Config delivers them in supplementaryConfiguration. */
export const attributes = (values: Readonly<Record<string, string>>): { key: string; value: string }[] =>
  Object.entries(values).map(([key, value]) => ({ key, value }))

export const LOAD_BALANCER: NodeInput = {
  id: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/web/1',
  kind: 'aws.elbv2.load-balancer',
  family: 'load-balancer',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'web',
  props: {
    loadBalancerName: 'web',
    type: 'application',
    scheme: 'internet-facing',
    internetFacing: true,
    attributes: attributes({
      'deletion_protection.enabled': 'true',
      'access_logs.s3.enabled': 'true',
      'access_logs.s3.bucket': 'lb-logs',
      'routing.http.drop_invalid_header_fields.enabled': 'true',
    }),
  },
}

export const CLASSIC_LOAD_BALANCER: NodeInput = {
  id: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/legacy',
  kind: 'aws.elb.load-balancer',
  family: 'load-balancer',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'legacy',
  props: {
    loadBalancerName: 'legacy',
    type: 'classic',
    scheme: 'internet-facing',
    internetFacing: true,
    listeners: [{ protocol: 'https', port: 443, instanceProtocol: 'http', instancePort: 80, certificateArn: 'arn:aws:acm:eu-west-1:111122223333:certificate/1' }],
  },
}
