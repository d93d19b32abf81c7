/** @module Port ranges as firewall rules spell them (`*`, `22`, `1000-2000`): Azure NSG rules, GCP firewall rules. */

export type PortRange = { from: number; to: number }

export const ALL_PORTS: PortRange = { from: 0, to: 65535 }

/** `*`, `22`, `1000-2000`; `undefined` for anything else. */
export function parsePortRange(text: string): PortRange | undefined {
  const value = text.trim()
  if (value === '*') return ALL_PORTS
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(value)
  if (match === null) return undefined
  const from = Number(match[1])
  const to = match[2] === undefined ? from : Number(match[2])
  return from <= to && to <= 65535 ? { from, to } : undefined
}
