/** @module gcp-compute-firewall-database-ports-open-to-internet */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { ingressOpenOn } from './open-firewall.js'

/** Default ports of database and cache engines that are never meant to face the internet. */
const DATABASE_PORTS: Readonly<Record<number, string>> = {
  1433: 'SQL Server', 1521: 'Oracle', 3306: 'MySQL', 5432: 'PostgreSQL', 5984: 'CouchDB', 6379: 'Redis',
  7000: 'Cassandra', 9042: 'Cassandra', 9200: 'Elasticsearch', 11211: 'Memcached', 27017: 'MongoDB',
}

export const gcpComputeFirewallDatabasePortsOpenToInternet = defineRule({
  id: 'gcp-compute-firewall-database-ports-open-to-internet',
  title: 'VPC firewall rule does not allow database ports from 0.0.0.0/0',
  description:
    'Database and cache engines (MySQL, PostgreSQL, SQL Server, MongoDB, Redis, Elasticsearch…) reachable from any ' +
    'address are brute-forced, exploited and ransomed within hours of exposure; they belong behind private networks.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: [
      'Restrict the source ranges to the application subnets, or remove the database ports from the rule.',
      'Reach the database from outside through a private connection (VPN, Interconnect, IAP, Cloud SQL Auth Proxy).',
    ],
    cli: 'gcloud compute firewall-rules update <rule> --source-ranges=<application subnet>',
  },
  target: { kinds: ['gcp.compute.firewall'] },
  evaluate: (firewall) => {
    const open: string[] = []
    for (const [port, engine] of Object.entries(DATABASE_PORTS)) {
      const verdict = ingressOpenOn(firewall, Number(port))
      if (!verdict.applies) return notApplicable(`firewall rule ${firewall.label} ${verdict.why}`)
      if (verdict.open) open.push(`${port} (${engine})`)
    }
    return open.length === 0
      ? healthy(`firewall rule ${firewall.label} admits no internet source on database ports`)
      : unhealthy(`firewall rule ${firewall.label} allows database ports ${open.join(', ')} from the internet`, { ports: open })
  },
})
