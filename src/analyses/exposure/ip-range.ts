/**
 * @module IPv4 and IPv6 address ranges as bigint intervals, so CIDRs, `start–end` firewall ranges
 * and service-tag spaces compare, intersect and subtract exactly, whatever their notation.
 */

export interface IpRange {
  readonly v6: boolean
  /** First address, inclusive. */
  readonly start: bigint
  /** Last address, inclusive. */
  readonly end: bigint
}

const V4_MAX = (1n << 32n) - 1n
const V6_MAX = (1n << 128n) - 1n

export const ANY_V4: IpRange = { v6: false, start: 0n, end: V4_MAX }
export const ANY_V6: IpRange = { v6: true, start: 0n, end: V6_MAX }
export const ANY_ADDRESS: readonly IpRange[] = [ANY_V4, ANY_V6]

const maxOf = (v6: boolean): bigint => (v6 ? V6_MAX : V4_MAX)
const bitsOf = (v6: boolean): bigint => (v6 ? 128n : 32n)

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.')
  if (parts.length !== 4) return undefined
  let value = 0n
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined
    const octet = Number(part)
    if (octet > 255) return undefined
    value = (value << 8n) | BigInt(octet)
  }
  return value
}

function parseGroups(text: string): number[] | undefined {
  if (text === '') return []
  const groups: number[] = []
  const parts = text.split(':')
  for (const [i, part] of parts.entries()) {
    // An embedded IPv4 address (`::ffff:192.0.2.1`) is the last two groups.
    if (i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4(part)
      if (v4 === undefined) return undefined
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn))
      continue
    }
    if (!/^[0-9a-f]{1,4}$/i.test(part)) return undefined
    groups.push(parseInt(part, 16))
  }
  return groups
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = parseGroups(halves[0]!)
  const tail = halves.length === 2 ? parseGroups(halves[1]!) : []
  if (head === undefined || tail === undefined) return undefined
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined
  const groups = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail]
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n)
}

/** A single address, `undefined` when the text is neither IPv4 nor IPv6. */
export function parseIp(text: string): { v6: boolean; value: bigint } | undefined {
  const trimmed = text.trim().replace(/^\[|\]$/g, '')
  if (trimmed.includes(':')) {
    const value = parseV6(trimmed.replace(/%.*$/, ''))
    return value === undefined ? undefined : { v6: true, value }
  }
  const value = parseV4(trimmed)
  return value === undefined ? undefined : { v6: false, value }
}

/**
 * `10.0.0.0/8`, `2001:db8::/32`, or a bare address (a /32 or /128). Host bits are tolerated, as
 * the clouds tolerate them: `10.1.2.3/8` is `10.0.0.0/8`.
 */
export function parseCidr(text: string): IpRange | undefined {
  const [address, prefixText, extra] = text.trim().split('/')
  if (address === undefined || extra !== undefined) return undefined
  const ip = parseIp(address)
  if (ip === undefined) return undefined
  const bits = bitsOf(ip.v6)
  if (prefixText === undefined) return { v6: ip.v6, start: ip.value, end: ip.value }
  if (!/^\d{1,3}$/.test(prefixText)) return undefined
  const prefix = BigInt(Number(prefixText))
  if (prefix > bits) return undefined
  const hostMask = (1n << (bits - prefix)) - 1n
  const start = ip.value & ~hostMask & maxOf(ip.v6)
  return { v6: ip.v6, start, end: start | hostMask }
}

/** An inclusive `start`–`end` range (Azure database firewall rules); `undefined` when reversed or mixed. */
export function parseIpRange(startText: string, endText: string): IpRange | undefined {
  const start = parseIp(startText)
  const end = parseIp(endText)
  if (start === undefined || end === undefined || start.v6 !== end.v6 || start.value > end.value) return undefined
  return { v6: start.v6, start: start.value, end: end.value }
}

/** `a.b.c.d-e.f.g.h`, a CIDR or an address. */
export function parseAddressText(text: string): IpRange | undefined {
  const dash = text.indexOf('-')
  if (dash > 0 && !text.includes('/')) return parseIpRange(text.slice(0, dash), text.slice(dash + 1))
  return parseCidr(text)
}

export const rangeSize = (range: IpRange): bigint => range.end - range.start + 1n

const compare = (a: IpRange, b: IpRange): number =>
  a.v6 !== b.v6 ? (a.v6 ? 1 : -1) : a.start < b.start ? -1 : a.start > b.start ? 1 : 0

/** Sorted, disjoint and coalesced (IPv4 first). */
export function mergeRanges(ranges: readonly IpRange[]): IpRange[] {
  const sorted = [...ranges].sort(compare)
  const out: IpRange[] = []
  for (const range of sorted) {
    const last = out[out.length - 1]
    if (last !== undefined && last.v6 === range.v6 && range.start <= last.end + 1n) {
      if (range.end > last.end) out[out.length - 1] = { v6: last.v6, start: last.start, end: range.end }
    } else {
      out.push(range)
    }
  }
  return out
}

export function intersectRange(a: IpRange, b: IpRange): IpRange | undefined {
  if (a.v6 !== b.v6) return undefined
  const start = a.start > b.start ? a.start : b.start
  const end = a.end < b.end ? a.end : b.end
  return start <= end ? { v6: a.v6, start, end } : undefined
}

export function intersectRanges(a: readonly IpRange[], b: readonly IpRange[]): IpRange[] {
  const out: IpRange[] = []
  for (const x of mergeRanges(a)) {
    for (const y of mergeRanges(b)) {
      const both = intersectRange(x, y)
      if (both !== undefined) out.push(both)
    }
  }
  return mergeRanges(out)
}

/** `from` minus every range of `remove`. */
export function subtractRanges(from: readonly IpRange[], remove: readonly IpRange[]): IpRange[] {
  const removals = mergeRanges(remove)
  const out: IpRange[] = []
  for (const range of mergeRanges(from)) {
    let cursor = range.start
    for (const cut of removals) {
      if (cut.v6 !== range.v6 || cut.end < cursor || cut.start > range.end) continue
      if (cut.start > cursor) out.push({ v6: range.v6, start: cursor, end: cut.start - 1n })
      cursor = cut.end + 1n
      if (cursor > range.end) break
    }
    if (cursor <= range.end) out.push({ v6: range.v6, start: cursor, end: range.end })
  }
  return out
}

export const covers = (outer: IpRange, inner: IpRange): boolean =>
  outer.v6 === inner.v6 && outer.start <= inner.start && inner.end <= outer.end

function formatV4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.')
}

function formatV6(value: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn))
  // Compress the longest run of two or more zero groups, as RFC 5952 asks.
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j++
    if (j - i > bestLength) {
      bestStart = i
      bestLength = j - i
    }
    i = j
  }
  const hex = groups.map((g) => g.toString(16))
  if (bestStart < 0) return hex.join(':')
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`
}

export const formatIp = (v6: boolean, value: bigint): string => (v6 ? formatV6(value) : formatV4(value))

/** The range as a CIDR when it is one, else `first-last`. */
export function formatRange(range: IpRange): string {
  const size = rangeSize(range)
  const bits = bitsOf(range.v6)
  const isPower = (size & (size - 1n)) === 0n
  if (isPower && (range.start & (size - 1n)) === 0n) {
    let hostBits = 0n
    while (1n << hostBits < size) hostBits++
    return `${formatIp(range.v6, range.start)}/${bits - hostBits}`
  }
  return `${formatIp(range.v6, range.start)}-${formatIp(range.v6, range.end)}`
}
