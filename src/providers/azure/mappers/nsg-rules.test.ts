import { describe, expect, it } from 'vitest'
import { parsePortRange } from '../../shared/port-range.js'
import { normalizeSecurityRule, normalizeSecurityRules } from './nsg-rules.js'

describe('nsg-rules', () => {
  it('parses *, single ports and ranges, and refuses nonsense', () => {
    expect(parsePortRange('*')).toEqual({ from: 0, to: 65535 })
    expect(parsePortRange(' 22 ')).toEqual({ from: 22, to: 22 })
    expect(parsePortRange('8080-8090')).toEqual({ from: 8080, to: 8090 })
    for (const bad of ['http', '90-80', '70000', '']) expect(parsePortRange(bad)).toBeUndefined()
  })

  it('normalizes an ARM rule: lowercase enums, merged singular/plural fields, service tags kept', () => {
    const rule = normalizeSecurityRule(
      {
        name: 'ssh',
        properties: {
          priority: '100', direction: 'Inbound', access: 'Allow', protocol: 'Tcp',
          sourceAddressPrefix: 'Internet', sourceAddressPrefixes: ['203.0.113.0/24', 'Internet'],
          destinationPortRange: '22', destinationPortRanges: ['2222-2223'],
          destinationApplicationSecurityGroups: [{ id: '/subscriptions/S/resourceGroups/rg/providers/Microsoft.Network/applicationSecurityGroups/ASG' }],
        },
      },
      false,
    )
    expect(rule).toMatchObject({
      name: 'ssh', priority: 100, direction: 'inbound', access: 'allow', protocol: 'tcp',
      sourceAddressPrefixes: ['Internet', '203.0.113.0/24'],
      destinationPortRanges: ['22', '2222-2223'],
      destinationPorts: [{ from: 22, to: 22 }, { from: 2222, to: 2223 }],
      destinationApplicationSecurityGroupIds: ['/subscriptions/s/resourcegroups/rg/providers/microsoft.network/applicationsecuritygroups/asg'],
      isDefault: false,
    })
  })

  it('reads az CLI flattened rules and sorts by direction then priority', () => {
    const rules = normalizeSecurityRules(
      [
        { name: 'b', priority: 300, direction: 'Inbound', access: 'Deny', protocol: '*', destinationPortRange: '*' },
        { name: 'c', priority: 100, direction: 'Outbound', access: 'Allow', protocol: 'Udp', destinationPortRange: '53' },
        { name: 'a', priority: 1000, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', destinationPortRange: '443' },
      ],
      true,
    )
    expect(rules.map((r) => r['name'])).toEqual(['b', 'a', 'c'])
    expect(rules[0]).toMatchObject({ access: 'deny', destinationPorts: [{ from: 0, to: 65535 }], isDefault: true })
  })
})
