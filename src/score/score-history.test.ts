import { describe, expect, it } from 'vitest'
import { scoreHistory } from './score-history.js'

const rec = (ruleId: string, unhealthy: number, potentialIncrease: number) => ({ ruleId, control: 'enable-mfa', unhealthy, healthy: 1, potentialIncrease })

describe('score-history', () => {
  it('orders snapshots by time and explains each delta by the recommendations that moved it', () => {
    const history = scoreHistory([
      { snapshot: 's2', createdAt: '2026-02-02T00:00:00Z', current: 6, max: 10, percentage: 60, recommendations: [rec('mfa', 1, 2), rec('tls', 3, 2)] },
      { snapshot: 's1', createdAt: '2026-02-01T00:00:00Z', current: 4, max: 10, percentage: 40, recommendations: [rec('mfa', 3, 6), rec('tls', 2, 0)] },
    ])
    expect(history.map((h) => [h.snapshot, h.delta])).toEqual([
      ['s1', null],
      ['s2', 20],
    ])
    expect(history[1]!.drivers).toEqual([
      { ruleId: 'mfa', unhealthyBefore: 3, unhealthyAfter: 1, points: 4 },
      { ruleId: 'tls', unhealthyBefore: 2, unhealthyAfter: 3, points: -2 },
    ])
  })
})
