/**
 * @module Account-admin equivalence: a principal allowed every probe action (IAM writes, PassRole,
 * AssumeRole, data reads, policy writes…) on every resource of its account, after boundaries and SCPs.
 * Such a principal gets one admin `has-permission-to` edge to its account node and the
 * `has-admin-permissions` insight instead of an edge to each resource of the account.
 */
import type { AnalysisContext } from './context.js'
import { decide } from './context.js'
import { ADMIN_PROBE_ACTIONS } from './data/aws-action-levels.js'
import type { Principal } from './model/iam-index.js'
import type { PolicyStatement } from './policy/statement.js'
import type { StatementSet } from './policy/statement-set.js'

export interface AdminResult {
  readonly admin: boolean
  readonly allowedBy: readonly PolicyStatement[]
  readonly caveats: readonly string[]
}

export const NOT_ADMIN: AdminResult = { admin: false, allowedBy: [], caveats: [] }

export function adminCheck(ctx: AnalysisContext, principal: Principal, whatIf: { identity?: StatementSet; withoutBoundary?: boolean } = {}): AdminResult {
  const identity = whatIf.identity ?? principal.identity
  // Cheap exit: without an Allow that reaches IAM, nothing below can be account admin.
  if (!identity.allowsService('iam')) return NOT_ADMIN
  const allowedBy = new Map<string, PolicyStatement>()
  const caveats = new Set<string>()
  for (const action of ADMIN_PROBE_ACTIONS) {
    const decision = decide(ctx, principal, action, '*', {
      resourceAccount: principal.account,
      mode: 'all',
      ...(whatIf.identity === undefined ? {} : { identity: whatIf.identity }),
      ...(whatIf.withoutBoundary === true ? { withoutBoundary: true } : {}),
    })
    if (decision.decision !== 'allow') return NOT_ADMIN
    for (const s of decision.allowedBy) allowedBy.set(`${s.policy.id}\u0000${s.sid}`, s)
    for (const c of decision.caveats) caveats.add(c)
  }
  return { admin: true, allowedBy: [...allowedBy.values()], caveats: [...caveats].sort() }
}
