/** @module aws-ec2-security-group-database-ports-open-to-internet */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { describeRule, openIngressOn } from './open-ingress.js'

/** Default ports of database and cache engines that are never meant to face the internet. */
const DATABASE_PORTS: Readonly<Record<number, string>> = {
  1433: 'SQL Server', 1521: 'Oracle', 3306: 'MySQL', 5432: 'PostgreSQL', 5984: 'CouchDB', 6379: 'Redis',
  7000: 'Cassandra', 9042: 'Cassandra', 9200: 'Elasticsearch', 11211: 'Memcached', 27017: 'MongoDB',
}

export const awsEc2SecurityGroupDatabasePortsOpenToInternet = defineRule({
  id: 'aws-ec2-security-group-database-ports-open-to-internet',
  title: 'Security group does not allow database ports from the internet',
  description:
    'A rule from 0.0.0.0/0 or ::/0 on a database or cache port (MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle ' +
    '1521, MongoDB 27017, Redis 6379, Elasticsearch 9200, …) lets anyone try passwords against the data store or ' +
    'exploit an unauthenticated one.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: [
      'Remove the internet-wide rule; allow the database port only from the application security group.',
      'Reach databases from outside the VPC through a VPN, Session Manager port forwarding or a bastion.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port <port> --cidr 0.0.0.0/0',
  },
  target: { kinds: ['aws.ec2.security-group'] },
  evaluate: (group) => {
    const open = Object.entries(DATABASE_PORTS).flatMap(([port, engine]) => {
      const rules = openIngressOn(group, Number(port))
      // A rule opening everything is reported by the all-ports rule; name it here only once per port.
      return rules.length === 0 ? [] : [`${engine} ${port} (${describeRule(rules[0]!)})`]
    })
    return open.length === 0
      ? healthy(`security group ${group.label} admits no internet source on database ports`)
      : unhealthy(`security group ${group.label} exposes ${open.join(', ')}`, { openPorts: open.length })
  },
})
