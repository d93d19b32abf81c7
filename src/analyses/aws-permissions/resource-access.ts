/**
 * @module `has-permission-to` edges from one principal to the resources of the action table. Per kind,
 * only the statements of the kind's services are looked at; candidates are the resources of the
 * principal's account its Allow statements can reach (found from each pattern's literal prefix, not by
 * scanning) plus the resources whose policies name it. A decision that depends on no resource-specific
 * statement is computed once per action and reused across resources. Account admins skip their own
 * account's resources: their admin edge to the account covers them.
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { AnalysisContext } from './context.js'
import { decide } from './context.js'
import type { AccessLevel, KindAction } from './data/aws-action-levels.js'
import { higherLevel } from './data/aws-action-levels.js'
import type { Principal } from './model/iam-index.js'
import type { ResourceEntry } from './model/resource-index.js'
import { actionApplies } from './policy/evaluate.js'
import type { Decision } from './policy/evaluate.js'
import type { PolicyStatement } from './policy/statement.js'
import { MAX_ACTIONS, MAX_CAVEATS, MAX_EVIDENCE } from './output/derivation-collector.js'
import { decisionEvidence } from './output/evidence.js'

/** Called with every resource a principal may act on, with the decisions that allowed (escalation hooks). */
export type AllowedHook = (principal: Principal, resource: ResourceEntry, allowed: ReadonlyMap<string, Decision>) => void

const serviceOfAction = (action: string): string => action.slice(0, action.indexOf(':')).toLowerCase()

const universal = (statements: readonly PolicyStatement[]): boolean =>
  statements.every((s) => !s.resource.negated && s.resource.globs.every((g) => g.all))

/**
 * Allowed only because the resource policy grants everyone (`"Principal": "*"`): that is the resource
 * being public (its own insight), not a permission of this principal, and expanding it to every
 * principal of every account would add nothing but edges.
 */
const publicOnly = (decision: Decision): boolean =>
  decision.allowedBy
    .filter((s) => s.policy.kind !== 'scp' && s.policy.kind !== 'boundary')
    .every((s) => s.policy.kind === 'resource' && (s.principal?.any === true || s.principal?.negated === true))

function targetOf(action: KindAction, entry: ResourceEntry): string | undefined {
  if (action.target === 'objects') return `${entry.id}/*`
  if (action.target === 'db-users') return entry.dbUsersArn
  return entry.id
}

/** Same-account resources of `kind` the principal's Allow statements can reach. */
function reachableInAccount(ctx: AnalysisContext, principal: Principal, kind: string, actions: readonly KindAction[]): Map<number, ResourceEntry> {
  const out = new Map<number, ResourceEntry>()
  const seen = new Set<string>()
  for (const { action, target } of actions) {
    for (const s of principal.identity.forAction(action)) {
      if (s.effect !== 'Allow') continue
      // `rds-db:connect` names database users, not the instance ARN: no prefix to search by.
      if (s.resource.negated || target === 'db-users') {
        for (const e of ctx.resources.ofKindInAccount(kind, principal.account)) out.set(e.index, e)
        return out
      }
      for (const glob of s.resource.globs) {
        if (seen.has(glob.source)) continue
        seen.add(glob.source)
        if (glob.all) {
          for (const e of ctx.resources.ofKindInAccount(kind, principal.account)) out.set(e.index, e)
          return out
        }
        for (const e of ctx.resources.reachable(kind, principal.account, glob.source)) out.set(e.index, e)
      }
    }
  }
  return out
}

interface Payload {
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

export class ResourceAccess {
  private readonly payloads = new Map<string, Payload>()

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly actionsByKind: ReadonlyMap<string, readonly KindAction[]>,
    private readonly hooks: readonly AllowedHook[],
  ) {}

  derive(principal: Principal, accountAdmin: boolean): void {
    const scp = principal.serviceLinked ? undefined : this.ctx.org.levelsFor(principal.account)
    for (const kind of this.ctx.resources.kinds) {
      const actions = this.actionsByKind.get(kind) ?? []
      const reaches = [...new Set(actions.map((a) => serviceOfAction(a.action)))].some((s) => principal.identity.allowsService(s))
      const named = this.ctx.resources.namedBy(kind, principal.request)
      if (!reaches && named.length === 0) continue
      const candidates = reaches && !accountAdmin ? reachableInAccount(this.ctx, principal, kind, actions) : new Map<number, ResourceEntry>()
      for (const e of named) if (!(accountAdmin && e.account === principal.account)) candidates.set(e.index, e)
      if (candidates.size === 0) continue

      // Per action: whether nothing but the resource policy can make the decision differ between resources.
      const shared = new Map<string, Decision>()
      const independent = new Map<string, boolean>()
      for (const { action } of actions) {
        const scpStatements = (scp ?? []).flatMap((level) => level.statements.filter((s) => actionApplies(s, action)))
        independent.set(action, universal(principal.identity.forAction(action)) && universal(principal.boundary?.forAction(action) ?? []) && universal(scpStatements))
      }

      for (const entry of [...candidates.values()].sort((a, b) => a.index - b.index)) {
        const allowed = new Map<string, Decision>()
        const sameAccount = entry.account === principal.account || entry.account === ''
        for (const a of actions) {
          const target = targetOf(a, entry)
          if (target === undefined) continue
          const reuse = sameAccount && entry.policy === undefined && independent.get(a.action) === true
          let decision = reuse ? shared.get(a.action) : undefined
          if (decision === undefined) {
            decision = decide(this.ctx, principal, a.action, target, {
              resourceAccount: entry.account,
              resourcePolicy: entry.policy,
              resourcePolicyRequired: kind === 'aws.kms.key',
            })
            if (reuse) shared.set(a.action, decision)
          }
          if (decision.decision === 'allow' && !publicOnly(decision)) allowed.set(a.action, decision)
        }
        if (allowed.size === 0) continue
        this.emit(principal, entry, actions, allowed)
        for (const hook of this.hooks) hook(principal, entry, allowed)
      }
    }
  }

  private emit(principal: Principal, entry: ResourceEntry, actions: readonly KindAction[], allowed: ReadonlyMap<string, Decision>): void {
    let level: AccessLevel = 'read'
    let top: Decision | undefined
    for (const a of actions) {
      const decision = allowed.get(a.action)
      if (decision === undefined) continue
      if (top === undefined || higherLevel(level, a.level) !== level) top = decision
      level = higherLevel(level, a.level)
    }
    const statements = new Map<string, PolicyStatement>()
    const caveats = new Set<string>([...entry.caveats, ...principal.gaps])
    for (const decision of allowed.values()) {
      for (const s of decision.allowedBy) statements.set(`${s.policy.id}\u0000${s.sid}`, s)
      for (const c of decision.caveats) caveats.add(c)
    }
    const actionList = [...allowed.keys()].sort()
    const via = top?.allowedBy.find((s) => s.policy.kind !== 'boundary' && s.policy.kind !== 'scp')?.policy.id ?? entry.id
    const key = `${level}|${actionList.join(',')}|${via}|${[...caveats].sort().join('\n')}|${[...statements.keys()].join('\n')}`
    let payload = this.payloads.get(key)
    if (payload === undefined) {
      const props: JsonObject = { level, actions: actionList.slice(0, MAX_ACTIONS), via }
      if (actionList.length > MAX_ACTIONS) props['actionsTruncated'] = true
      if (caveats.size > 0) props['caveats'] = [...caveats].sort().slice(0, MAX_CAVEATS)
      payload = { props, evidence: decisionEvidence([...statements.values()]).slice(0, MAX_EVIDENCE) }
      this.payloads.set(key, payload)
    }
    this.ctx.out.sharedEdge({ from: principal.id, to: entry.id, kind: 'has-permission-to', props: payload.props, evidence: payload.evidence })
  }
}
