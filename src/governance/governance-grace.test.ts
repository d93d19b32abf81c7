import { describe, expect, it } from 'vitest'
import type { Finding } from '../model/finding.js'
import type { GovernanceTask } from '../model/governance.js'
import { computeScoreReport } from '../score/compute-secure-score.js'
import { applyGovernanceGrace } from './governance-grace.js'

const SCOPE = 'aws://accounts/111122223333'
const finding = (n: number, status: Finding['status']): Finding => ({
  id: `aws-s3-bucket-default-encryption|arn:aws:s3:::b${n}`,
  ruleId: 'aws-s3-bucket-default-encryption',
  nodeId: `arn:aws:s3:::b${n}`,
  status,
  severity: 'medium',
  message: '',
  scope: SCOPE,
  details: { control: 'enable-encryption-at-rest', provider: 'aws' },
})

const task = (f: Finding, gracePeriod: boolean): GovernanceTask => ({
  id: f.id,
  status: 'on-time',
  owner: 'team@x.example',
  dueDate: '2026-03-15',
  eta: null,
  finding: { id: f.id, ruleId: f.ruleId, title: '', severity: f.severity, risk: f.severity },
  resource: { id: f.nodeId, name: f.nodeId, kind: 'aws.s3.bucket', scope: SCOPE },
  governanceRuleId: 'r',
  gracePeriod,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  completedAt: null,
})

// Two healthy buckets, two unhealthy; one unhealthy bucket has a task with a grace period, one without.
const findings = [finding(1, 'healthy'), finding(2, 'healthy'), finding(3, 'unhealthy'), finding(4, 'unhealthy')]
const tasks = [task(findings[2]!, true), task(findings[3]!, false)]
const percentageAt = (iso: string): number => computeScoreReport(undefined, applyGovernanceGrace(findings, tasks, new Date(iso))).percentage

describe('governance grace period and the secure score', () => {
  it('a graced finding does not count until its due date has passed; a task without grace always counts', () => {
    const ungraced = computeScoreReport(undefined, findings).percentage
    expect(ungraced).toBeCloseTo(50, 10)
    expect(percentageAt('2026-03-01T12:00:00.000Z')).toBeCloseTo(75, 10)
    expect(percentageAt('2026-03-15T23:59:59.000Z')).toBeCloseTo(75, 10)
    expect(percentageAt('2026-03-16T00:00:00.000Z')).toBeCloseTo(ungraced, 10)
  })

  it('nothing changes before the task existed or once it is completed', () => {
    expect(percentageAt('2026-02-28T00:00:00.000Z')).toBeCloseTo(50, 10)
    const done = [{ ...tasks[0]!, completedAt: '2026-03-05T00:00:00.000Z' }]
    expect(applyGovernanceGrace(findings, done, new Date('2026-03-06T00:00:00.000Z'))).toStrictEqual(findings)
  })
})
