/** @module Small constructors for filter rules and the layers every route shares (entry, ports). */
import type { Evidence } from '../../model/graph-types.js'
import type { FilterRule, Layer, Proto } from './filter-layers.js'
import { TCP_UDP } from './filter-layers.js'
import { ANY_ADDRESS, ANY_V4, ANY_V6 } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { ALL_PORTS, formatPorts } from './port-range.js'
import type { PortRange } from './port-range.js'

/**
 * Protocol names and numbers as the clouds write them → the protocols exposure tracks. `all`, `*`,
 * `-1` and `any` mean both; ICMP and other IP protocols carry no ports and are not tracked.
 */
export function protocolsOf(value: unknown): Proto[] {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : 'all'
  if (text === 'tcp' || text === '6' || text === 'http' || text === 'https' || text === 'tls' || text === 'ssl') return ['tcp']
  if (text === 'udp' || text === '17') return ['udp']
  if (text === 'tcp_udp') return ['tcp', 'udp']
  if (text === 'all' || text === '*' || text === '-1' || text === 'any' || text === '') return ['tcp', 'udp']
  return []
}

export function filterRule(
  action: 'allow' | 'deny',
  protocols: readonly Proto[],
  ports: readonly PortRange[],
  sources: readonly IpRange[],
  evidence: Evidence,
  sourceLabels: readonly string[] = [],
): FilterRule {
  return { action, protocols, ports, sources, evidence, sourceLabels }
}

/** Allow-everything rule for structural layers (a public address of some family, a route). */
export function passRule(sources: readonly IpRange[], evidence: Evidence): FilterRule {
  return filterRule('allow', TCP_UDP, [ALL_PORTS], sources, evidence)
}

const FAMILY_LAYERS = new Map<string, Layer>()

/**
 * The address families a public entry point answers on, as a shared layer (so evaluations of
 * different entry points with the same filters hit the cache); the route names the address itself.
 */
export function addressFamilyLayer(v4: boolean, v6: boolean): Layer {
  const name = `address family v4=${v4} v6=${v6}`
  let layer = FAMILY_LAYERS.get(name)
  if (layer === undefined) {
    layer = { name, rules: [{ ...passRule(familySources(v4, v6), { source: '' }), silent: true }] }
    FAMILY_LAYERS.set(name, layer)
  }
  return layer
}

/** The address families a public entry point answers on. */
export function familySources(v4: boolean, v6: boolean): IpRange[] {
  return [...(v4 ? [ANY_V4] : []), ...(v6 ? [ANY_V6] : [])]
}

/** A layer admitting only some ports (a listener, a database port, an API server). */
export function portLayer(name: string, protocols: readonly Proto[], ports: readonly PortRange[], evidence: Evidence): Layer {
  return { name: `${name} ${describePorts(protocols, ports)} @${evidence.source} ${evidence.detail ?? ''}`, rules: [filterRule('allow', protocols, ports, ANY_ADDRESS, evidence)] }
}

/** A layer admitting only some sources on every port (authorized ranges, database firewall rules). */
export function sourceLayer(name: string, entries: readonly { sources: readonly IpRange[]; label: string; evidence: Evidence }[]): Layer {
  return {
    name,
    rules: entries.map((entry) => filterRule('allow', TCP_UDP, [ALL_PORTS], entry.sources, entry.evidence, [entry.label])),
  }
}

export const describePorts = (protocols: readonly Proto[], ports: readonly PortRange[]): string =>
  `${protocols.length === 2 ? 'tcp/udp' : (protocols[0] ?? 'none')} ${formatPorts(ports).join(',')}`
