/** @module aws-elb-listener-https-only */
import { defineRule, healthy, notApplicable, text, unhealthy } from '../../rule-kit.js'

export const awsElbListenerHttpsOnly = defineRule({
  id: 'aws-elb-listener-https-only',
  title: 'Load balancer listener serves HTTPS or redirects HTTP to HTTPS',
  description:
    'A plain HTTP listener that forwards requests sends cookies, tokens and form data in clear text, readable and ' +
    'changeable by anyone on the path. An HTTP listener should only redirect to HTTPS.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: [
      'Add an HTTPS listener with an ACM certificate.',
      'Change the default action of the HTTP listener to a redirect to HTTPS (status 301).',
    ],
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
    terraform: 'default_action {\n  type = "redirect"\n  redirect {\n    port        = "443"\n    protocol    = "HTTPS"\n    status_code = "HTTP_301"\n  }\n}',
  },
  target: { kinds: ['aws.elbv2.listener'] },
  evaluate: (listener) => {
    const protocol = listener.needStr('protocol')
    if (protocol === 'https' || protocol === 'tls') return healthy(`listener ${listener.label} serves ${protocol.toUpperCase()}`)
    if (protocol !== 'http') return notApplicable(`listener ${listener.label} is ${protocol.toUpperCase()}, not HTTP`)
    const actions = listener.needObjects('defaultActions')
    const redirects = actions.length > 0 && actions.every((action) => {
      const redirect = action['redirect']
      return action['type'] === 'redirect' && typeof redirect === 'object' && redirect !== null && !Array.isArray(redirect) && text(redirect['protocol']).toUpperCase() === 'HTTPS'
    })
    return redirects
      ? healthy(`listener ${listener.label} redirects HTTP to HTTPS`)
      : unhealthy(`listener ${listener.label} serves plain HTTP on port ${text(listener.value('port'), '?')}`)
  },
})
