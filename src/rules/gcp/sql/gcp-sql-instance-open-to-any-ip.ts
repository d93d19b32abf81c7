/** @module gcp-sql-instance-open-to-any-ip */
import { defineRule, healthy, isAnySource, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpSqlInstanceOpenToAnyIp = defineRule({
  id: 'gcp-sql-instance-open-to-any-ip',
  title: 'Cloud SQL instance does not authorize 0.0.0.0/0',
  description: 'An authorized network of 0.0.0.0/0 on a public IP lets anyone on the internet connect and try logins.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: ['Replace 0.0.0.0/0 with the specific client ranges, or use the Cloud SQL Auth Proxy and private IP.'],
    cli: 'gcloud sql instances patch <instance> --authorized-networks=<cidr>',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => {
    if (instance.bool('ipv4Enabled') === false) return notApplicable(`instance ${instance.label} has no public IP`)
    const networks = instance.needObjects('authorizedNetworks')
    const open = networks.filter((n) => typeof n['value'] === 'string' && isAnySource(n['value']))
    return open.length === 0
      ? healthy(`instance ${instance.label} authorizes ${networks.length === 0 ? 'no network' : 'specific networks only'}`)
      : unhealthy(`instance ${instance.label} authorizes 0.0.0.0/0${typeof open[0]!['name'] === 'string' ? ` (network "${open[0]!['name']}")` : ''}`)
  },
})
