import { describe, expect, it } from 'vitest'
import { toIsoTimestamp } from './timestamps.js'

describe('timestamps', () => {
  it('normalizes ISO, offset and Python str(datetime) forms to ISO UTC', () => {
    expect(toIsoTimestamp('2023-03-09T10:41:34Z')).toBe('2023-03-09T10:41:34.000Z')
    expect(toIsoTimestamp('2023-03-09T12:41:34+02:00')).toBe('2023-03-09T10:41:34.000Z')
    expect(toIsoTimestamp('2023-03-09 10:41:34+00:00')).toBe('2023-03-09T10:41:34.000Z')
    expect(toIsoTimestamp('2024-05-01T10:00:00.000000+00:00')).toBe('2024-05-01T10:00:00.000Z')
  })

  it('reads epoch seconds (also fractional) and epoch milliseconds', () => {
    expect(toIsoTimestamp(1714557600)).toBe('2024-05-01T10:00:00.000Z')
    expect(toIsoTimestamp(1714557600.5)).toBe('2024-05-01T10:00:00.500Z')
    expect(toIsoTimestamp(1714557600000)).toBe('2024-05-01T10:00:00.000Z')
    expect(toIsoTimestamp('1714557600')).toBe('2024-05-01T10:00:00.000Z')
  })

  it('gives undefined for values that are not timestamps', () => {
    expect(toIsoTimestamp('not a date')).toBeUndefined()
    expect(toIsoTimestamp(null)).toBeUndefined()
    expect(toIsoTimestamp(undefined)).toBeUndefined()
    expect(toIsoTimestamp(0)).toBeUndefined()
  })
})
