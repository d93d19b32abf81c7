/** @module azure-network-nsg-database-ports-open */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'
import { inboundRules, internetAllowOn } from './nsg-rules.js'

/** Default ports of database and cache engines that are never meant to face the internet. */
const DATABASE_PORTS: Readonly<Record<number, string>> = {
  1433: 'SQL Server', 1521: 'Oracle', 3306: 'MySQL', 5432: 'PostgreSQL', 6379: 'Redis', 9200: 'Elasticsearch', 11211: 'Memcached', 27017: 'MongoDB',
}

export const azureNetworkNsgDatabasePortsOpen = defineRule({
  id: 'azure-network-nsg-database-ports-open',
  title: 'Network security group does not allow database ports from the internet',
  description:
    'An NSG rule admitting any source (*, Internet, 0.0.0.0/0) on a database or cache port (SQL Server 1433, ' +
    'MySQL 3306, PostgreSQL 5432, MongoDB 27017, Redis 6379, …) exposes the data stores of the VMs behind it to ' +
    'password guessing and exploits. Evaluated by priority, as Azure does.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: ['Delete the rule or restrict its source to the application subnets; reach databases through private networking.'],
    cli: 'az network nsg rule update --nsg-name <nsg> --resource-group <rg> --name <rule> --source-address-prefixes <app-subnet-cidr>',
  },
  target: { kinds: ['azure.network.networksecuritygroup'] },
  evaluate: (nsg) => {
    const rules = inboundRules(nsg)
    const open = Object.entries(DATABASE_PORTS).flatMap(([port, engine]) => {
      const rule = internetAllowOn(rules, Number(port))
      return rule === undefined ? [] : [`${engine} ${port} (rule ${text(rule['name'])})`]
    })
    return open.length === 0
      ? healthy(`NSG ${nsg.label} admits no internet source on database ports`)
      : unhealthy(`NSG ${nsg.label} allows ${open.join(', ')} from any source`)
  },
})
