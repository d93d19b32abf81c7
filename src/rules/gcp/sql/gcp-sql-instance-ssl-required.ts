/** @module gcp-sql-instance-ssl-required */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpSqlInstanceSslRequired = defineRule({
  id: 'gcp-sql-instance-ssl-required',
  title: 'Cloud SQL instance accepts encrypted connections only',
  description:
    'An instance that allows unencrypted connections lets clients send credentials and query results in clear; ' +
    'requiring SSL/TLS (ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED) refuses them.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the SSL mode of the instance to ENCRYPTED_ONLY and update clients that connect without TLS.'],
    cli: 'gcloud sql instances patch <instance> --ssl-mode=ENCRYPTED_ONLY',
    terraform: 'ip_configuration {\n  ssl_mode = "ENCRYPTED_ONLY"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) =>
    instance.needBool('requireSsl')
      ? healthy(`instance ${instance.label} requires encrypted connections`)
      : unhealthy(`instance ${instance.label} accepts unencrypted connections${instance.str('sslMode') === undefined ? '' : ` (ssl mode ${instance.str('sslMode') ?? ''})`}`),
})
