import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../graph/graph-builder.js'
import type { Finding } from '../model/finding.js'
import { computeScoreReport } from './compute-secure-score.js'

const SUB_A = '/subscriptions/00000000-0000-4000-8000-000000000001'
const SUB_B = '/subscriptions/00000000-0000-4000-8000-000000000002'
const MG = '/providers/microsoft.management/managementgroups/mg-root'

function finding(scope: string, node: string, status: 'healthy' | 'unhealthy', control = 'enable-encryption-at-rest', rule = 'azure-rule'): Finding {
  return { id: `${rule}|${node}`, ruleId: rule, nodeId: node, status, severity: 'medium', message: '', scope, details: { control, provider: 'azure' } }
}

function graph() {
  const b = new GraphBuilder()
  b.addNode({ id: MG, kind: 'azure.management.managementgroup', family: 'organization', provider: 'azure', name: 'Root group' })
  for (const [id, name] of [[SUB_A, 'prod'], [SUB_B, 'dev']] as const) {
    b.addNode({ id, kind: 'azure.resources.subscription', family: 'account', provider: 'azure', scope: id, name })
    b.addEdge({ from: MG, to: id, kind: 'contains' })
  }
  b.addNode({ id: `${SUB_A}/resourcegroups/rg-web/providers/microsoft.compute/disks/d0`, kind: 'azure.compute.disk', family: 'disk', provider: 'azure', scope: SUB_A, tags: { env: 'prod' } })
  return b.build().graph
}

// A: 1 of 2 healthy (50 %, 2 resources); B: 6 of 6 healthy (100 %, 6 resources).
const findings: Finding[] = [
  finding(SUB_A, `${SUB_A}/resourcegroups/rg-web/providers/microsoft.compute/disks/d0`, 'healthy'),
  finding(SUB_A, `${SUB_A}/resourcegroups/rg-db/providers/microsoft.compute/disks/d1`, 'unhealthy'),
  ...Array.from({ length: 6 }, (_, i) => finding(SUB_B, `${SUB_B}/resourcegroups/rg-dev/providers/microsoft.compute/disks/d${i}`, 'healthy')),
]

describe('compute-secure-score', () => {
  it('scores each subscription and weights the overall score by resource count', () => {
    const report = computeScoreReport(graph(), findings)
    const accounts = report.scopes.filter((s) => s.kind === 'account')
    expect(accounts.map((s) => [s.name, s.percentage, s.resources])).toEqual([
      ['prod', 50, 2],
      ['dev', 100, 6],
    ])
    // (2 × 0.5 + 6 × 1) / 8 = 87.5 %
    expect(report.percentage).toBeCloseTo(87.5, 10)
    expect(report.max).toBe(4)
    expect(report.current).toBeCloseTo(3.5, 10)
  })

  it('rolls subscriptions up into their management group with the same weighting', () => {
    const org = computeScoreReport(graph(), findings).scopes.find((s) => s.kind === 'organization')!
    expect(org).toMatchObject({ scope: MG, name: 'Root group', resources: 8 })
    expect(org.percentage).toBeCloseTo(87.5, 10)
  })

  it('scores resource groups and any tag filter', () => {
    const report = computeScoreReport(graph(), findings, { selectors: ['tag:env=prod'] })
    const rgs = report.scopes.filter((s) => s.kind === 'resource-group').map((s) => [s.scope.split('/').pop(), s.percentage])
    expect(rgs).toEqual([
      ['rg-db', 0],
      ['rg-web', 100],
      ['rg-dev', 100],
    ])
    expect(report.scopes.find((s) => s.kind === 'tag')).toMatchObject({ scope: 'tag:env=prod', percentage: 100, resources: 1 })
  })
})
