import { describe, expect, it } from 'vitest'
import { parseCidr, intersectRanges } from './ip-range.js'
import { internetSpace, isPrivateOnly, widthOf } from './internet-space.js'

const r = (text: string) => parseCidr(text)!

describe('internet-space', () => {
  it('leaves private, loopback, link-local, shared and multicast space out of the internet', () => {
    const { ranges } = internetSpace()
    for (const inside of ['10.1.2.3', '172.16.5.4', '192.168.0.1', '127.0.0.1', '169.254.169.254', '100.64.0.1', '224.0.0.5', 'fd00::1', 'fe80::1', '::1']) {
      expect(intersectRanges(ranges, [r(inside)]), inside).toEqual([])
    }
    for (const outside of ['8.8.8.8', '203.0.113.7', '198.51.100.1', '192.0.2.1', '2001:db8::1', '2600::1']) {
      expect(intersectRanges(ranges, [r(outside)]), outside).toHaveLength(1)
    }
  })

  it('removes trusted CIDRs and reports entries that are not CIDRs', () => {
    const space = internetSpace(['203.0.113.0/24', 'office'])
    expect(space.invalid).toEqual(['office'])
    expect(intersectRanges(space.ranges, [r('203.0.113.9')])).toEqual([])
    expect(intersectRanges(space.ranges, [r('203.0.114.9')])).toHaveLength(1)
  })

  it('calls sources of at least a /8 (IPv4) or /32 (IPv6) wide and anything smaller narrow', () => {
    expect(widthOf([r('0.0.0.0/0')])).toBe('wide')
    expect(widthOf([r('3.0.0.0/8')])).toBe('wide')
    expect(widthOf([r('2001:db8::/32')])).toBe('wide')
    expect(widthOf([r('198.51.100.0/24')])).toBe('narrow')
    expect(widthOf([r('3.0.0.0/9'), r('3.128.0.0/10')])).toBe('narrow')
    expect(widthOf([])).toBe('narrow')
  })

  it('knows a range holding no public address', () => {
    expect(isPrivateOnly(r('10.20.0.0/16'))).toBe(true)
    expect(isPrivateOnly(r('0.0.0.0/0'))).toBe(false)
  })
})
