/** @module Port ranges: parse the clouds' spellings, intersect, merge and print them. */

export interface PortRange {
  readonly from: number
  readonly to: number
}

export const MAX_PORT = 65535
export const ALL_PORTS: PortRange = { from: 0, to: MAX_PORT }

/** A single port, `from-to`, or `*` / `any` / `all` (every port); `undefined` for anything else. */
export function parsePortSpec(text: string): PortRange | undefined {
  const value = text.trim().toLowerCase()
  if (value === '*' || value === 'any' || value === 'all') return ALL_PORTS
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(value)
  if (match === null) return undefined
  const from = Number(match[1])
  const to = match[2] === undefined ? from : Number(match[2])
  return from <= to && to <= MAX_PORT ? { from, to } : undefined
}

/** A port range from numbers as providers store them (`-1` or absent meaning every port). */
export function portRangeOf(from: unknown, to: unknown): PortRange {
  const start = typeof from === 'number' && from >= 0 ? Math.min(from, MAX_PORT) : undefined
  const end = typeof to === 'number' && to >= 0 ? Math.min(to, MAX_PORT) : start
  if (start === undefined) return ALL_PORTS
  return end === undefined || end < start ? { from: start, to: start } : { from: start, to: end }
}

export const singlePort = (port: number): PortRange => ({ from: port, to: port })

export function mergePorts(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to)
  const out: PortRange[] = []
  for (const range of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && range.from <= last.to + 1) {
      if (range.to > last.to) out[out.length - 1] = { from: last.from, to: range.to }
    } else {
      out.push(range)
    }
  }
  return out
}

export function intersectPorts(a: readonly PortRange[], b: readonly PortRange[]): PortRange[] {
  const out: PortRange[] = []
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from)
      const to = Math.min(x.to, y.to)
      if (from <= to) out.push({ from, to })
    }
  }
  return mergePorts(out)
}

export const portsContain = (ranges: readonly PortRange[], port: number): boolean =>
  ranges.some((range) => range.from <= port && port <= range.to)

/** `["22", "8000-8080"]`; every port is `["*"]`. */
export function formatPorts(ranges: readonly PortRange[]): string[] {
  return mergePorts(ranges).map((r) => (r.from === 0 && r.to === MAX_PORT ? '*' : r.from === r.to ? String(r.from) : `${r.from}-${r.to}`))
}
