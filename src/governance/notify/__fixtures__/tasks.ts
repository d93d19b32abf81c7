/** Test fixture: governance tasks in the shared shape (src/model/governance.ts), with only what a test varies. */
import type { GovernanceTask } from '../../../model/governance.js'
import type { Severity } from '../../../model/vocabulary.js'

export interface TaskSpec {
  readonly id: string
  readonly owner: string | null
  readonly severity: Severity
  readonly dueDate: string | null
  readonly status?: GovernanceTask['status']
  readonly resourceName?: string
  readonly title?: string
  readonly eta?: GovernanceTask['eta']
  readonly governanceRuleId?: string | null
}

export function makeTask(spec: TaskSpec): GovernanceTask {
  return {
    id: spec.id,
    status: spec.status ?? 'on-time',
    owner: spec.owner,
    dueDate: spec.dueDate,
    eta: spec.eta ?? null,
    finding: { id: spec.id, ruleId: `rule-${spec.id}`, title: spec.title ?? `Recommendation ${spec.id}`, severity: spec.severity, risk: spec.severity },
    resource: { id: `arn:aws:s3:::${spec.id}`, name: spec.resourceName ?? `bucket-${spec.id}`, kind: 'aws.s3.bucket', scope: 'aws://accounts/111122223333' },
    governanceRuleId: spec.governanceRuleId === undefined ? 'gr-default' : spec.governanceRuleId,
    gracePeriod: false,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    completedAt: null,
  }
}
