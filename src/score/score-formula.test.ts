import { describe, expect, it } from 'vitest'
import type { Finding } from '../model/finding.js'
import { tallyResources } from './resource-tally.js'
import { controlPoints, scorePool, weightedPercentage } from './score-formula.js'

/** `healthy` + `unhealthy` resources of one rule in `control` within `scope`. */
function findings(control: string, healthy: number, unhealthy: number, scope = 'aws://accounts/111122223333', rule = 'rule-a'): Finding[] {
  return Array.from({ length: healthy + unhealthy }, (_, i) => ({
    id: `${rule}|${scope}/r${i}`,
    ruleId: rule,
    nodeId: `${scope}/r${i}`,
    status: i < healthy ? ('healthy' as const) : ('unhealthy' as const),
    severity: 'high' as const,
    message: '',
    scope,
    details: { control, provider: 'aws' },
  }))
}

describe('score-formula', () => {
  it('reproduces the reference example: max 6, 78 resources, 4 healthy → 0.31 points', () => {
    const { current } = controlPoints(6, 4, 74)
    expect(current).toBeCloseTo(0.3077, 4)
    expect(Math.round(current * 100) / 100).toBe(0.31)
  })

  it('reproduces the older example: max 6, 35 resources → 0.1714 a resource; 5 healthy → 0.86; 30 unhealthy → 5.14 potential', () => {
    const { current, potentialIncrease } = controlPoints(6, 5, 30)
    expect(6 / 35).toBeCloseTo(0.1714, 4)
    expect(current).toBeCloseTo(0.857, 3)
    expect(potentialIncrease).toBeCloseTo(5.143, 3)
  })

  it('reproduces the community example: max 6, 50 resources, 42 healthy → 5.04, potential 0.96', () => {
    const pool = scorePool(tallyResources(findings('remediate-vulnerabilities', 42, 8)))
    const control = pool.controls.find((c) => c.id === 'remediate-vulnerabilities')!
    expect(control.max).toBe(6)
    expect(control.current).toBeCloseTo(5.04, 10)
    expect(control.potentialIncrease).toBeCloseTo(0.96, 10)
    expect(pool.percentage).toBeCloseTo(84, 10)
  })

  it('scores a scope as Σ current / Σ max over the controls that have healthy or unhealthy resources', () => {
    const pool = scorePool(
      tallyResources([...findings('enable-mfa', 1, 1, undefined, 'mfa'), ...findings('enable-encryption-at-rest', 3, 1, undefined, 'enc')]),
    )
    // MFA: 10 × 1/2 = 5; encryption: 4 × 3/4 = 3 → 8 / 14.
    expect(pool.current).toBeCloseTo(8, 10)
    expect(pool.max).toBe(14)
    expect(pool.percentage).toBeCloseTo((8 / 14) * 100, 10)
  })

  it('counts a resource healthy in a control only when it passes every rule of the control', () => {
    const both = [...findings('enable-encryption-at-rest', 1, 0, undefined, 'enc-a'), ...findings('enable-encryption-at-rest', 0, 1, undefined, 'enc-b')]
    // Same resource r0: healthy for enc-a, unhealthy for enc-b → unhealthy in the control.
    const pool = scorePool(tallyResources(both))
    expect(pool.controls[0]).toMatchObject({ healthy: 0, unhealthy: 1, current: 0, potentialIncrease: 4 })
    expect(pool.recommendations).toEqual([
      { ruleId: 'enc-b', control: 'enable-encryption-at-rest', unhealthy: 1, healthy: 0, potentialIncrease: 4 },
      { ruleId: 'enc-a', control: 'enable-encryption-at-rest', unhealthy: 0, healthy: 1, potentialIncrease: 0 },
    ])
  })

  it('leaves not-applicable findings and controls with no counted resource out of the score', () => {
    const na = findings('enable-mfa', 2, 0).map((f) => ({ ...f, status: 'not-applicable' as const }))
    const pool = scorePool(tallyResources([...na, ...findings('enable-encryption-at-rest', 1, 1)]))
    expect(pool.max).toBe(4)
    expect(pool.controls.find((c) => c.id === 'enable-mfa')).toMatchObject({ healthy: 0, unhealthy: 0, notApplicable: 2, current: 0 })
  })

  it('weights several scopes by their resource count (0 counts as 1)', () => {
    // A: 10 resources at 50 %, B: 30 resources at 90 % → (10×0.5 + 30×0.9) / 40 = 80 %.
    expect(weightedPercentage([{ current: 2, max: 4, resources: 10 }, { current: 9, max: 10, resources: 30 }])).toBeCloseTo(80, 10)
    expect(weightedPercentage([{ current: 1, max: 2, resources: 0 }, { current: 0, max: 2, resources: 1 }])).toBeCloseTo(25, 10)
    expect(weightedPercentage([{ current: 0, max: 0, resources: 5 }])).toBe(0)
  })
})
