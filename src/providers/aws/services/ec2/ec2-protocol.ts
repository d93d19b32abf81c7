/** @module IP protocol names and port ranges as security groups and network ACLs spell them. */

const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { '-1': 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' }

/** `-1` and `all` → `all`; IANA numbers of tcp/udp/icmp/icmpv6 → their names; others lowercased. */
export function protocolName(value: string | number | undefined): string {
  if (value === undefined) return 'all'
  const text = String(value).toLowerCase()
  return PROTOCOL_NUMBERS[text] ?? text
}

export interface PortRange {
  readonly fromPort: number
  readonly toPort: number
}

/**
 * Ports of a rule: every port for `all` or when the range is absent or -1; ICMP keeps type/code as
 * given (-1 meaning any).
 */
export function portRange(protocol: string, from: number | undefined, to: number | undefined): PortRange {
  if (protocol === 'icmp' || protocol === 'icmpv6') return { fromPort: from ?? -1, toPort: to ?? -1 }
  if (protocol === 'all' || from === undefined || from < 0) return { fromPort: 0, toPort: 65535 }
  return { fromPort: from, toPort: to === undefined || to < 0 ? from : to }
}
