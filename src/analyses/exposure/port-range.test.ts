import { describe, expect, it } from 'vitest'
import { ALL_PORTS, formatPorts, intersectPorts, mergePorts, parsePortSpec, portRangeOf, portsContain } from './port-range.js'

describe('port-range', () => {
  it.each([
    ['22', { from: 22, to: 22 }],
    ['8000-8080', { from: 8000, to: 8080 }],
    [' 1000 - 2000 ', { from: 1000, to: 2000 }],
    ['*', ALL_PORTS],
    ['Any', ALL_PORTS],
  ])('parses %s', (text, range) => {
    expect(parsePortSpec(text)).toEqual(range)
  })

  it.each(['65536', '90-80', 'http', '', '1-2-3'])('rejects %s', (text) => {
    expect(parsePortSpec(text)).toBeUndefined()
  })

  it('reads provider numbers, where -1 or nothing means every port', () => {
    expect(portRangeOf(443, 443)).toEqual({ from: 443, to: 443 })
    expect(portRangeOf(-1, -1)).toEqual(ALL_PORTS)
    expect(portRangeOf(undefined, undefined)).toEqual(ALL_PORTS)
    expect(portRangeOf(22, undefined)).toEqual({ from: 22, to: 22 })
  })

  it('merges, intersects and prints ranges', () => {
    const merged = mergePorts([{ from: 80, to: 80 }, { from: 81, to: 90 }, { from: 443, to: 443 }, { from: 85, to: 100 }])
    expect(formatPorts(merged)).toEqual(['80-100', '443'])
    expect(intersectPorts(merged, [{ from: 95, to: 500 }])).toEqual([{ from: 95, to: 100 }, { from: 443, to: 443 }])
    expect(intersectPorts([{ from: 22, to: 22 }], [{ from: 443, to: 443 }])).toEqual([])
    expect(formatPorts([ALL_PORTS])).toEqual(['*'])
    expect(portsContain(merged, 443)).toBe(true)
    expect(portsContain(merged, 442)).toBe(false)
  })
})
