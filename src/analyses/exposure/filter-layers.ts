/**
 * @module The reachability core: traffic from internet sources must pass every layer of filters on
 * its route (route table, network ACL, security groups, NSG of the subnet and of the NIC, firewall
 * rules, listener ports, authorized ranges). A layer is an ordered rule list evaluated first match
 * wins, with an implicit deny after the last rule; a security group is a layer of allow rules.
 *
 * Evaluation is exact: the protocol × port × source space is cut into atoms at every rule boundary,
 * each atom is decided once per layer, and allowed atoms are merged back into grants that name the
 * allowing rule of each layer (the route's evidence).
 */
import type { Evidence } from '../../model/graph-types.js'
import type { IpRange } from './ip-range.js'
import { MAX_PORT } from './port-range.js'
import type { PortRange } from './port-range.js'

export type Proto = 'tcp' | 'udp'
export const TCP_UDP: readonly Proto[] = ['tcp', 'udp']

export interface FilterRule {
  readonly action: 'allow' | 'deny'
  readonly protocols: readonly Proto[]
  readonly ports: readonly PortRange[]
  readonly sources: readonly IpRange[]
  /** The node that holds the rule and a readable sentence (source = node id). */
  readonly evidence: Evidence
  /** Sources as written (`0.0.0.0/0`, `Internet`); empty for structural rules (routes, listener ports). */
  readonly sourceLabels: readonly string[]
  /** A shared structural rule (the address families of an entry point): never named in a route's via or evidence. */
  readonly silent?: boolean
}

export interface Layer {
  readonly name: string
  readonly rules: readonly FilterRule[]
}

export interface Grant {
  readonly protocol: Proto
  readonly ports: PortRange
  readonly source: IpRange
  /** The allowing rule of each layer, in layer order. */
  readonly rules: readonly FilterRule[]
}

interface Prepared {
  readonly rule: FilterRule
  readonly index: number
  readonly sources: readonly IpRange[]
}

function uniqueSorted<T extends number | bigint>(values: Iterable<T>): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Atoms of the universe of one address family, cut at every rule boundary. */
function addressAtoms(universe: readonly IpRange[], cuts: readonly bigint[]): IpRange[] {
  const atoms: IpRange[] = []
  let c = 0
  for (const range of universe) {
    let start = range.start
    while (c < cuts.length && cuts[c]! <= start) c++
    let k = c
    while (k < cuts.length && cuts[k]! <= range.end) {
      atoms.push({ v6: range.v6, start, end: cuts[k]! - 1n })
      start = cuts[k]!
      k++
    }
    atoms.push({ v6: range.v6, start, end: range.end })
  }
  return atoms
}

const overlapsAny = (space: readonly IpRange[], range: IpRange): boolean => space.some((u) => u.start <= range.end && range.start <= u.end)

/** The parts of `[start, end]` inside the (sorted, disjoint) universe. */
function clip(space: readonly IpRange[], v6: boolean, start: bigint, end: bigint): IpRange[] {
  const out: IpRange[] = []
  for (const u of space) {
    if (u.end < start) continue
    if (u.start > end) break
    out.push({ v6, start: u.start > start ? u.start : start, end: u.end < end ? u.end : end })
  }
  return out
}

function evaluateFamily(layers: readonly Layer[], universe: readonly IpRange[], protocol: Proto, v6: boolean): Grant[] {
  const space = universe.filter((r) => r.v6 === v6)
  if (space.length === 0) return []
  const prepared: Prepared[][] = []
  for (const layer of layers) {
    const rules: Prepared[] = []
    layer.rules.forEach((rule, index) => {
      if (!rule.protocols.includes(protocol) || rule.ports.length === 0) return
      // Sources outside the universe (private ranges, trusted CIDRs) can never match: drop them early.
      const sources = rule.sources.filter((s) => s.v6 === v6 && overlapsAny(space, s))
      if (sources.length > 0) rules.push({ rule, index, sources })
    })
    if (!rules.some((r) => r.rule.action === 'allow')) return []
    prepared.push(rules)
  }

  const portCuts = uniqueSorted([0, MAX_PORT + 1, ...prepared.flat().flatMap((p) => p.rule.ports.flatMap((r) => [r.from, r.to + 1]))])
  const ports: PortRange[] = portCuts.slice(0, -1).map((from, i) => ({ from, to: portCuts[i + 1]! - 1 }))
  const addressCuts = uniqueSorted(prepared.flat().flatMap((p) => p.sources.flatMap((s) => [s.start, s.end + 1n])))
  // Atoms are cut by the rules only (a 0.0.0.0/0 rule makes one atom, not one per public block); the
  // universe's holes (private space, trusted CIDRs) are cut out of the allowed runs at the end.
  const full: IpRange = { v6, start: 0n, end: v6 ? (1n << 128n) - 1n : (1n << 32n) - 1n }
  const atoms = addressAtoms([full], addressCuts).filter((atom) => overlapsAny(space, atom))

  // Coverage bitmaps, so the atom loop only indexes arrays.
  const portCover = prepared.map((rules) =>
    rules.map((p) => Uint8Array.from(ports, (range) => (p.rule.ports.some((r) => r.from <= range.from && range.to <= r.to) ? 1 : 0))),
  )
  const atomCover = prepared.map((rules) =>
    rules.map((p) => Uint8Array.from(atoms, (atom) => (p.sources.some((s) => s.start <= atom.start && atom.end <= s.end) ? 1 : 0))),
  )

  // Allowed atoms, merged along addresses per port interval: segments keyed by the allowing rules.
  const segments = new Map<string, { rules: FilterRule[]; source: IpRange; ports: PortRange[] }>()
  const chosen = new Array<number>(prepared.length)
  for (let pi = 0; pi < ports.length; pi++) {
    let open: { key: string; rules: FilterRule[]; start: bigint; end: bigint } | undefined
    const flush = (): void => {
      if (open === undefined) return
      for (const source of clip(space, v6, open.start, open.end)) {
        const id = `${open.key}|${source.start}|${source.end}`
        const entry = segments.get(id)
        if (entry === undefined) segments.set(id, { rules: open.rules, source, ports: [ports[pi]!] })
        else {
          const last = entry.ports[entry.ports.length - 1]!
          if (last.to + 1 === ports[pi]!.from) entry.ports[entry.ports.length - 1] = { from: last.from, to: ports[pi]!.to }
          else entry.ports.push(ports[pi]!)
        }
      }
      open = undefined
    }
    for (let ai = 0; ai < atoms.length; ai++) {
      let allowed = true
      for (let l = 0; l < prepared.length && allowed; l++) {
        const rules = prepared[l]!
        let match = -1
        for (let r = 0; r < rules.length; r++) {
          if (portCover[l]![r]![pi] === 1 && atomCover[l]![r]![ai] === 1) {
            match = r
            break
          }
        }
        if (match < 0 || rules[match]!.rule.action === 'deny') allowed = false
        else chosen[l] = match
      }
      if (!allowed) {
        flush()
        continue
      }
      const key = chosen.map((m, l) => prepared[l]![m]!.index).join(',')
      const atom = atoms[ai]!
      if (open !== undefined && open.key === key && open.end + 1n === atom.start) open.end = atom.end
      else {
        flush()
        open = { key, rules: chosen.map((m, l) => prepared[l]![m]!.rule), start: atom.start, end: atom.end }
      }
    }
    flush()
  }
  return [...segments.values()].flatMap(({ rules, source, ports: merged }) => merged.map((range) => ({ protocol, ports: range, source, rules })))
}

/** Every (protocol, ports, sources) combination that passes all layers, restricted to `universe`. */
export function evaluateLayers(layers: readonly Layer[], universe: readonly IpRange[]): Grant[] {
  const grants: Grant[] = []
  for (const protocol of TCP_UDP) {
    for (const v6 of [false, true]) grants.push(...evaluateFamily(layers, universe, protocol, v6))
  }
  return grants
}

/**
 * A layer seen through a port translation (load balancer frontend → backend, NAT): rules that admit
 * `backendPort` are rewritten to admit the frontend ports instead; rules that do not are dropped.
 */
export function translateLayer(layer: Layer, backendPort: number, frontend: readonly PortRange[]): Layer {
  return {
    name: `${layer.name} (on backend port ${backendPort})`,
    rules: layer.rules
      .filter((rule) => rule.ports.some((r) => r.from <= backendPort && backendPort <= r.to))
      .map((rule) => ({ ...rule, ports: frontend })),
  }
}

/** Grants limited to some ports (a NodePort, a listener): ports are intersected, the rest is kept. */
export function restrictGrants(grants: readonly Grant[], ports: readonly PortRange[], protocols: readonly Proto[] = TCP_UDP): Grant[] {
  return grants.flatMap((grant) => {
    if (!protocols.includes(grant.protocol)) return []
    return ports.flatMap((range) => {
      const from = Math.max(range.from, grant.ports.from)
      const to = Math.min(range.to, grant.ports.to)
      return from <= to ? [{ ...grant, ports: { from, to } }] : []
    })
  })
}
