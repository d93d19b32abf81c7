/** @module OpenAPI schemas of `/governance`: tasks (the `GovernanceTask` model), history, rules and the report. */
import { z } from '@hono/zod-openapi'
import { TASK_STATUSES } from '../../model/governance.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { JsonObjectSchema, list } from './common.js'

const severity = z.enum(SEVERITIES)

export const TaskSchema = z
  .object({
    id: z.string().openapi({ description: 'The finding id `<rule id>|<resource id>`' }),
    status: z.enum(TASK_STATUSES).openapi({ description: 'As of the request time' }),
    owner: z.string().nullable(),
    dueDate: z.string().nullable().openapi({ description: 'YYYY-MM-DD (UTC); null while unassigned' }),
    eta: z.object({ date: z.string(), justification: z.string(), by: z.string(), at: z.string() }).nullable(),
    finding: z.object({ id: z.string(), ruleId: z.string(), title: z.string(), severity, risk: severity }),
    resource: z.object({ id: z.string(), name: z.string(), kind: z.string(), scope: z.string() }),
    governanceRuleId: z.string().nullable(),
    gracePeriod: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .openapi('GovernanceTask')

export const TaskChangeSchema = z
  .object({
    taskId: z.string(),
    at: z.string(),
    actor: z.string(),
    field: z.enum(['created', 'status', 'owner', 'dueDate', 'eta', 'governanceRule']),
    from: z.string().nullable(),
    to: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .openapi('GovernanceTaskChange')

export const GovernanceRuleSchema = JsonObjectSchema.openapi('GovernanceRule', {
  description: 'A governance rule (docs/governance.md) with `timeframeDays`, `source` and `updatedAt`',
})

const counts = z.object({ open: z.number().int(), overdue: z.number().int() })
const row = {
  open: z.number().int(),
  onTime: z.number().int(),
  overdue: z.number().int(),
  unassigned: z.number().int(),
  completed: z.number().int(),
  bySeverity: z.object({ low: counts, medium: counts, high: counts, critical: counts }),
  meanDaysToRemediate: z.number().nullable(),
}

export const GovernanceReportSchema = z
  .object({
    at: z.string(),
    totals: z.object(row),
    owners: list(z.object({ owner: z.string().nullable(), ...row })),
    rules: list(z.object({ rule: z.string().nullable(), ...row })),
    scopes: list(z.object({ scope: z.string(), ...row })),
  })
  .openapi('GovernanceReport')

export const SyncResultSchema = z
  .object({
    snapshot: z.string(),
    open: z.number().int(),
    created: z.number().int(),
    completed: z.number().int(),
    reopened: z.number().int(),
    reassigned: z.number().int(),
    statusChanged: z.number().int(),
  })
  .openapi('GovernanceSyncResult')
