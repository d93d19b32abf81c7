/** @module gcp-sql-instance-public-ip */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpSqlInstancePublicIp = defineRule({
  id: 'gcp-sql-instance-public-ip',
  title: 'Cloud SQL instance has no public IPv4 address',
  description:
    'An instance with a public IP is one authorized-networks change away from the internet; private IP keeps the ' +
    'database inside the VPC.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Configure private IP (private services access) for the instance, move clients to it, then disable public IP.'],
    cli: 'gcloud sql instances patch <instance> --no-assign-ip',
    terraform: 'ip_configuration {\n  ipv4_enabled    = false\n  private_network = google_compute_network.vpc.id\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) =>
    instance.needBool('ipv4Enabled')
      ? unhealthy(`instance ${instance.label} has a public IPv4 address${instance.str('publicIp') === undefined ? '' : ` (${instance.str('publicIp') ?? ''})`}`)
      : healthy(`instance ${instance.label} uses private IP only`),
})
