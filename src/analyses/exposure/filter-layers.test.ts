import { describe, expect, it } from 'vitest'
import type { FilterRule, Grant, Layer, Proto } from './filter-layers.js'
import { evaluateLayers, restrictGrants, translateLayer } from './filter-layers.js'
import { ANY_ADDRESS, formatRange, mergeRanges, parseCidr } from './ip-range.js'
import { internetSpace } from './internet-space.js'
import { formatPorts, parsePortSpec } from './port-range.js'
import { filterRule } from './rules.js'

const INTERNET = internetSpace().ranges

/** `allow tcp 22 from 0.0.0.0/0` → a rule (sources `*` = every address). */
function rule(text: string): FilterRule {
  const [action, protocol, ports, , ...sources] = text.split(' ')
  const protocols: Proto[] = protocol === '*' ? ['tcp', 'udp'] : [protocol as Proto]
  return filterRule(
    action as 'allow' | 'deny',
    protocols,
    ports!.split(',').map((p) => parsePortSpec(p)!),
    sources.flatMap((s) => (s === '*' ? ANY_ADDRESS : [parseCidr(s)!])),
    { source: 'test', detail: text },
    sources,
  )
}

const layer = (name: string, ...rules: string[]): Layer => ({ name, rules: rules.map(rule) })

function summary(grants: readonly Grant[]): { ports: string[]; sources: string[]; rules: string[] } {
  return {
    ports: formatPorts(grants.map((g) => g.ports)),
    sources: mergeRanges(grants.map((g) => g.source)).map(formatRange),
    rules: [...new Set(grants.flatMap((g) => g.rules.map((r) => r.evidence.detail!)))].sort(),
  }
}

describe('filter-layers', () => {
  it.each([
    {
      case: 'first match wins: a deny before an allow closes the port',
      layers: [layer('nsg', 'deny tcp 22 from *', 'allow tcp 22,443 from *')],
      ports: ['443'],
    },
    {
      case: 'an allow before a deny keeps the port open',
      layers: [layer('nsg', 'allow tcp 22 from *', 'deny tcp * from *')],
      ports: ['22'],
    },
    {
      case: 'a deny of part of the range splits the allowed ports',
      layers: [layer('nsg', 'deny tcp 8080 from *', 'allow tcp 8000-8100 from *')],
      ports: ['8000-8079', '8081-8100'],
    },
    {
      case: 'every layer must allow: subnet allows, NIC denies',
      layers: [layer('subnet', 'allow tcp * from *'), layer('nic', 'deny tcp 3389 from *', 'allow tcp 22,3389 from *')],
      ports: ['22'],
    },
    {
      case: 'an empty layer denies everything',
      layers: [layer('sg', 'allow tcp 22 from *'), layer('acl')],
      ports: [],
    },
    {
      case: 'private sources never reach from the internet',
      layers: [layer('sg', 'allow tcp 22 from 10.0.0.0/8', 'allow tcp 5432 from 192.168.0.0/16')],
      ports: [],
    },
  ])('$case', ({ layers, ports }) => {
    expect(summary(evaluateLayers(layers, INTERNET)).ports).toEqual(ports)
  })

  it('keeps the allowing rule of each layer and the exact sources', () => {
    const grants = evaluateLayers(
      [layer('sg', 'allow tcp 22 from 198.51.100.0/24', 'allow tcp 443 from 0.0.0.0/0'), layer('acl', 'deny tcp 22 from 198.51.100.128/25', 'allow tcp * from 0.0.0.0/0')],
      INTERNET,
    )
    const ssh = grants.filter((g) => g.ports.from === 22)
    expect(summary(ssh)).toEqual({
      ports: ['22'],
      sources: ['198.51.100.0/25'],
      rules: ['allow tcp * from 0.0.0.0/0', 'allow tcp 22 from 198.51.100.0/24'],
    })
  })

  it('evaluates IPv4 and IPv6 separately', () => {
    const grants = evaluateLayers([layer('sg', 'allow tcp 443 from ::/0'), layer('acl', 'allow tcp * from 0.0.0.0/0')], INTERNET)
    expect(grants).toEqual([])
    const v6 = evaluateLayers([layer('sg', 'allow tcp 443 from ::/0'), layer('acl', 'allow tcp * from ::/0')], INTERNET)
    expect(v6.every((g) => g.source.v6)).toBe(true)
    expect(summary(v6).ports).toEqual(['443'])
  })

  it('treats udp apart from tcp and protocol * as both', () => {
    const grants = evaluateLayers([layer('nsg', 'deny udp 53 from *', 'allow * 53 from *')], INTERNET)
    expect([...new Set(grants.map((g) => g.protocol))]).toEqual(['tcp'])
  })

  it('restricts sources to the universe (trusted CIDRs removed)', () => {
    const trusted = internetSpace(['198.51.100.0/24']).ranges
    expect(evaluateLayers([layer('sg', 'allow tcp 22 from 198.51.100.0/24')], trusted)).toEqual([])
    const partly = evaluateLayers([layer('sg', 'allow tcp 22 from 198.51.100.0/23')], trusted)
    expect(summary(partly).sources).toEqual(['198.51.101.0/24'])
  })

  it('translates a backend layer to the frontend port and restricts grants to ports', () => {
    const backend = layer('nsg', 'deny tcp 8080 from 203.0.113.0/24', 'allow tcp 8000-9000 from *')
    const translated = translateLayer(backend, 8080, [parsePortSpec('80')!])
    const grants = evaluateLayers([translated], INTERNET)
    expect(summary(grants).ports).toEqual(['80'])
    expect(summary(grants).sources).not.toContain('203.0.113.0/24')
    expect(translateLayer(backend, 22, [parsePortSpec('22')!]).rules).toEqual([])
    const wide = evaluateLayers([layer('sg', 'allow tcp * from *')], INTERNET)
    expect(formatPorts(restrictGrants(wide, [parsePortSpec('30080')!]).map((g) => g.ports))).toEqual(['30080'])
  })
})
