import { describe, expect, it } from 'vitest'
import type { Finding } from '../model/finding.js'
import { computeScoreReport } from '../score/compute-secure-score.js'
import type { ExemptionRecord } from '../store/exemption-store.js'
import { applyExemptions, exemptionState } from './apply-exemptions.js'

const SCOPE = 'aws://accounts/111122223333'
const finding = (node: string, status: 'healthy' | 'unhealthy', rule = 'aws-ec2-volume-encrypted', severity: Finding['severity'] = 'medium'): Finding => ({
  id: `${rule}|${node}`,
  ruleId: rule,
  nodeId: node,
  status,
  severity,
  message: '',
  scope: SCOPE,
  details: { control: 'enable-encryption-at-rest', provider: 'aws' },
})
// 2 healthy, 2 unhealthy volumes: 4 × 2/4 = 2 points of 4 (50 %).
const findings = [finding('vol-1', 'healthy'), finding('vol-2', 'healthy'), finding('vol-3', 'unhealthy'), finding('vol-4', 'unhealthy', undefined, 'low')]

const exemption = (overrides: Partial<ExemptionRecord>): ExemptionRecord => ({
  id: 'ex-1',
  name: 'legacy volume',
  category: 'waiver',
  justification: 'decommissioned next quarter',
  createdBy: 'alice',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: null,
  revokedAt: null,
  match: { resourceIds: ['vol-3'] },
  ...overrides,
})
const NOW = new Date('2026-02-01T00:00:00.000Z')
const categories = (): string[] => ['encryption']

function scoreWith(exemptions: ExemptionRecord[]) {
  const outcome = applyExemptions(findings, exemptions, NOW, categories)
  const control = computeScoreReport(undefined, outcome.findings).controls[0]!
  return { outcome, control }
}

describe('apply-exemptions', () => {
  it('a waiver removes the resource from the calculation: 2 of 3 healthy', () => {
    const { control } = scoreWith([exemption({})])
    expect(control).toMatchObject({ healthy: 2, unhealthy: 1, notApplicable: 1 })
    expect(control.current).toBeCloseTo((4 * 2) / 3, 10)
  })

  it('a mitigation counts the resource healthy: 3 of 4 healthy', () => {
    const { control } = scoreWith([exemption({ category: 'mitigated' })])
    expect(control).toMatchObject({ healthy: 3, unhealthy: 1 })
    expect(control.current).toBeCloseTo(3, 10)
  })

  it('an expired exemption no longer applies and is listed', () => {
    const expired = exemption({ expiresAt: '2026-01-15T00:00:00.000Z' })
    const { outcome, control } = scoreWith([expired])
    expect(control).toMatchObject({ healthy: 2, unhealthy: 2, current: 2 })
    expect(outcome.expired.map((e) => e.id)).toEqual(['ex-1'])
    expect(outcome.findings.some((f) => f.details['exemption'] !== undefined)).toBe(false)
  })

  it('applies at scale by severity and category, and marks the findings it covers', () => {
    const { outcome } = scoreWith([exemption({ match: { severities: ['low'], categories: ['encryption'] } })])
    expect(outcome.findings.filter((f) => f.details['exemption'] !== undefined).map((f) => f.nodeId)).toEqual(['vol-4'])
    expect(outcome.covered.get('ex-1')).toBe(1)
  })

  it('applies by scope and leaves healthy findings alone', () => {
    const { outcome } = scoreWith([exemption({ match: { scopes: [SCOPE] } })])
    expect(outcome.findings.filter((f) => f.details['exemption'] !== undefined).map((f) => f.nodeId)).toEqual(['vol-3', 'vol-4'])
  })

  it('knows pending, revoked and expired states', () => {
    expect(exemptionState(exemption({ createdAt: '2026-03-01T00:00:00.000Z' }), NOW)).toBe('pending')
    expect(exemptionState(exemption({ revokedAt: '2026-01-20T00:00:00.000Z' }), NOW)).toBe('revoked')
    expect(exemptionState(exemption({ expiresAt: '2026-02-01T00:00:00.000Z' }), NOW)).toBe('expired')
    expect(exemptionState(exemption({}), NOW)).toBe('active')
  })
})
