import { describe, expect, it } from 'vitest'
import {
  formatRange,
  intersectRanges,
  mergeRanges,
  parseAddressText,
  parseCidr,
  parseIp,
  parseIpRange,
  rangeSize,
  subtractRanges,
} from './ip-range.js'

const r = (text: string) => parseAddressText(text)!

describe('ip-range', () => {
  it.each([
    ['10.0.0.0/8', '10.0.0.0/8', 1n << 24n],
    ['10.1.2.3/8', '10.0.0.0/8', 1n << 24n],
    ['203.0.113.7', '203.0.113.7/32', 1n],
    ['0.0.0.0/0', '0.0.0.0/0', 1n << 32n],
    ['2001:db8::/32', '2001:db8::/32', 1n << 96n],
    ['::/0', '::/0', 1n << 128n],
    ['2001:db8::15', '2001:db8::15/128', 1n],
    ['::ffff:192.0.2.1/128', '::ffff:c000:201/128', 1n],
    ['fe80::1%eth0', 'fe80::1/128', 1n],
  ])('parses %s as %s', (text, formatted, size) => {
    const range = parseCidr(text)!
    expect(formatRange(range)).toBe(formatted)
    expect(rangeSize(range)).toBe(size)
  })

  it.each(['10.0.0.256/8', '10.0.0.0/33', '2001:db8::/129', '1::2::3', 'Internet', '*', '', '10.0.0/8', '::1/ab'])('rejects %s', (text) => {
    expect(parseCidr(text)).toBeUndefined()
  })

  it('tells IPv4 from IPv6 addresses and reads both compressed and full IPv6 forms', () => {
    expect(parseIp('192.0.2.1')).toEqual({ v6: false, value: 0xc0000201n })
    expect(parseIp('2001:0db8:0000:0000:0000:0000:0000:0001')).toEqual(parseIp('2001:db8::1'))
    expect(parseIp('[2001:db8::1]')?.v6).toBe(true)
  })

  it('reads inclusive start–end ranges and refuses reversed or mixed ones', () => {
    expect(formatRange(parseIpRange('0.0.0.0', '255.255.255.255')!)).toBe('0.0.0.0/0')
    expect(formatRange(parseIpRange('203.0.113.1', '203.0.113.10')!)).toBe('203.0.113.1-203.0.113.10')
    expect(parseIpRange('10.0.0.9', '10.0.0.1')).toBeUndefined()
    expect(parseIpRange('10.0.0.1', '::1')).toBeUndefined()
    expect(formatRange(r('198.51.100.0-198.51.100.255'))).toBe('198.51.100.0/24')
  })

  it('merges adjacent and overlapping ranges per family, IPv4 first', () => {
    const merged = mergeRanges([r('10.0.1.0/24'), r('2001:db8::/64'), r('10.0.0.0/24'), r('10.0.0.128/25')])
    expect(merged.map(formatRange)).toEqual(['10.0.0.0/23', '2001:db8::/64'])
  })

  it('subtracts ranges, splitting what is left', () => {
    const left = subtractRanges([r('0.0.0.0/0')], [r('10.0.0.0/8'), r('192.168.0.0/16')])
    expect(left.map(formatRange)).toEqual(['0.0.0.0-9.255.255.255', '11.0.0.0-192.167.255.255', '192.169.0.0-255.255.255.255'])
    expect(subtractRanges([r('10.0.0.0/24')], [r('10.0.0.0/8')])).toEqual([])
    expect(subtractRanges([r('::/0')], [r('10.0.0.0/8')]).map(formatRange)).toEqual(['::/0'])
  })

  it('intersects ranges of the same family only', () => {
    expect(intersectRanges([r('10.0.0.0/8')], [r('10.20.0.0/16'), r('2001:db8::/32')]).map(formatRange)).toEqual(['10.20.0.0/16'])
    expect(intersectRanges([r('10.0.0.0/8')], [r('11.0.0.0/8')])).toEqual([])
  })
})
