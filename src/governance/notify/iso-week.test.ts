import { describe, expect, it } from 'vitest'
import { isoWeek } from './iso-week.js'

describe('isoWeek', () => {
  it.each([
    ['2026-11-29T23:59:59Z', '2026-W48'], // a Sunday closes its week
    ['2026-11-30T00:00:00Z', '2026-W49'], // Monday opens the next
    ['2021-01-03T12:00:00Z', '2020-W53'], // early January can belong to the previous ISO year
    ['2024-12-30T08:00:00Z', '2025-W01'], // late December can belong to the next
    ['2026-01-01T00:00:00Z', '2026-W01'],
  ])('%s is in %s', (at, week) => {
    expect(isoWeek(new Date(at))).toBe(week)
  })
})
