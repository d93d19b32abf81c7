/**
 * @module Which source addresses count as "the internet": every address except private, loopback,
 * link-local, shared (CGNAT), multicast and reserved space, minus the trusted CIDRs of the scan.
 * Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32…) stay public on purpose:
 * examples and fixtures use them as internet addresses.
 */
import { ANY_ADDRESS, mergeRanges, parseCidr, rangeSize, subtractRanges } from './ip-range.js'
import type { IpRange } from './ip-range.js'

const NOT_INTERNET = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '::1/128',
  '::ffff:0:0/96',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
].map((cidr) => parseCidr(cidr)!)

/** At least this many public addresses make an exposure `wide` (a /8 of IPv4, a /32 of IPv6). */
const WIDE_V4 = 1n << 24n
const WIDE_V6 = 1n << 96n

export interface InternetSpace {
  /** Public source addresses that are not trusted, sorted and disjoint. */
  readonly ranges: readonly IpRange[]
  readonly trusted: readonly IpRange[]
}

/** The internet as the analysis sees it; `invalid` lists trusted entries that are not CIDRs. */
export function internetSpace(trustedCidrs: readonly string[] = []): InternetSpace & { readonly invalid: string[] } {
  const invalid: string[] = []
  const trusted: IpRange[] = []
  for (const text of trustedCidrs) {
    const range = parseCidr(text)
    if (range === undefined) invalid.push(text)
    else trusted.push(range)
  }
  const merged = mergeRanges(trusted)
  return { ranges: subtractRanges(ANY_ADDRESS, [...NOT_INTERNET, ...merged]), trusted: merged, invalid }
}

/** True when a source range holds no public address at all (private space, loopback…). */
export function isPrivateOnly(range: IpRange): boolean {
  return subtractRanges([range], NOT_INTERNET).length === 0
}

/** `wide` when the public addresses of the sources reach a /8 (IPv4) or /32 (IPv6), else `narrow`. */
export function widthOf(sources: readonly IpRange[]): 'wide' | 'narrow' {
  let v4 = 0n
  let v6 = 0n
  for (const range of mergeRanges(sources)) {
    if (range.v6) v6 += rangeSize(range)
    else v4 += rangeSize(range)
  }
  return v4 >= WIDE_V4 || v6 >= WIDE_V6 ? 'wide' : 'narrow'
}
