/** @module aws-ec2-network-acl-admin-ports-open-to-internet */
import type { JsonObject } from '../../../model/graph-types.js'
import { RDP_PORT, SSH_PORT, coversPort, defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

const num = (value: JsonObject[string] | undefined): number | undefined => (typeof value === 'number' ? value : undefined)

/** The entry that decides TCP traffic from every address of `family` to `port`: NACLs stop at the first match. */
function decidingEntry(entries: readonly JsonObject[], anySource: string, port: number): JsonObject | undefined {
  return entries.find(
    (entry) =>
      entry['direction'] === 'ingress' &&
      entry['cidr'] === anySource &&
      (entry['protocol'] === 'tcp' || entry['protocol'] === 'all') &&
      coversPort(num(entry['fromPort']), num(entry['toPort']), port),
  )
}

export const awsEc2NetworkAclAdminPortsOpenToInternet = defineRule({
  id: 'aws-ec2-network-acl-admin-ports-open-to-internet',
  title: 'Network ACL does not allow SSH or RDP from the internet',
  description:
    'A network ACL is the subnet-wide first filter. When its first matching inbound entry for 0.0.0.0/0 or ::/0 allows ' +
    'port 22 or 3389, only security groups stand between the internet and the management services of every ' +
    'instance in the subnet. Entries are evaluated by rule number, as AWS does: an earlier deny wins.',
  severity: 'medium',
  control: 'secure-management-ports',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Add deny entries for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 numbered before the broad allow entry.',
      'Or narrow the allow entries to the ports the subnet serves.',
    ],
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
  },
  target: { kinds: ['aws.ec2.network-acl'] },
  evaluate: (acl) => {
    const entries = [...acl.needObjects('entries')].sort((a, b) => (num(a['ruleNumber']) ?? 32767) - (num(b['ruleNumber']) ?? 32767))
    const open = [SSH_PORT, RDP_PORT].flatMap((port) =>
      ['0.0.0.0/0', '::/0'].flatMap((source) => {
        const entry = decidingEntry(entries, source, port)
        return entry?.['action'] === 'allow' ? [`${String(port)} from ${source} (entry ${text(entry['ruleNumber'])})`] : []
      }),
    )
    return open.length === 0
      ? healthy(`network ACL ${acl.label} denies SSH and RDP from the internet`)
      : unhealthy(`network ACL ${acl.label} allows ${open.join(', ')}`)
  },
})
