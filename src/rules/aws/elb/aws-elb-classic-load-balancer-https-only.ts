/** @module aws-elb-classic-load-balancer-https-only */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const awsElbClassicLoadBalancerHttpsOnly = defineRule({
  id: 'aws-elb-classic-load-balancer-https-only',
  title: 'Classic load balancer has no plain HTTP listener',
  description:
    'A classic load balancer listener on HTTP (or plain TCP carrying HTTP) passes requests, cookies and tokens in ' +
    'clear text. Classic load balancers cannot redirect, so every front-end listener should be HTTPS or SSL.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: [
      'Add an HTTPS listener with an ACM certificate and remove the HTTP listener.',
      'Better: migrate to an application load balancer, which can redirect HTTP to HTTPS.',
    ],
    cli: 'aws elb delete-load-balancer-listeners --load-balancer-name <name> --load-balancer-ports 80',
  },
  target: { kinds: ['aws.elb.load-balancer'] },
  evaluate: (lb) => {
    const plain = lb.needObjects('listeners').filter((listener) => listener['protocol'] === 'http')
    return plain.length === 0
      ? healthy(`classic load balancer ${lb.label} has no HTTP listener`)
      : unhealthy(`classic load balancer ${lb.label} serves plain HTTP on port ${plain.map((l) => text(l['port'], '?')).join(', ')}`)
  },
})
