/** @module aws-elb-listener-modern-tls-policy */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

/** Predefined ELB security policies whose minimum protocol is TLS 1.2 (or 1.3). */
const TLS12_POLICY = /TLS13-1-[23]|TLS-1-2|FS-1-2/

export const awsElbListenerModernTlsPolicy = defineRule({
  id: 'aws-elb-listener-modern-tls-policy',
  title: 'HTTPS and TLS listener requires TLS 1.2 or newer',
  description:
    'Security policies such as ELBSecurityPolicy-2016-08 or TLS-1-0-2015-04 still negotiate TLS 1.0 and 1.1 and weak ' +
    'ciphers, which are deprecated and open to downgrade attacks. A TLS 1.2+ policy (the TLS13-1-2 family) refuses them.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Select a TLS 1.2+ security policy on the listener, such as ELBSecurityPolicy-TLS13-1-2-2021-06.'],
    cli: 'aws elbv2 modify-listener --listener-arn <arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform: 'ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"',
  },
  target: { kinds: ['aws.elbv2.listener'] },
  evaluate: (listener) => {
    const protocol = listener.needStr('protocol')
    if (protocol !== 'https' && protocol !== 'tls') return notApplicable(`listener ${listener.label} does not terminate TLS`)
    const policy = listener.needStr('sslPolicy')
    return TLS12_POLICY.test(policy)
      ? healthy(`listener ${listener.label} uses ${policy}`)
      : unhealthy(`listener ${listener.label} uses ${policy}, which accepts TLS versions older than 1.2`)
  },
})
