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

/**
 * The Resource patterns of the principal's Allow statements for these actions, or undefined when they
 * can reach any resource of the kind (`*`, NotResource, `rds-db:connect`, whose ARNs name database users).
 */
function reachPatterns(principal: Principal, actions: readonly KindAction[]): string[] | undefined {
  const patterns = new Set<string>()
  for (const { action, target } of actions) {
    for (const s of principal.identity.forAction(action)) {
      if (s.effect !== 'Allow') continue
      if (s.resource.negated || target === 'db-users') return undefined
      for (const glob of s.resource.globs) {
        if (glob.all) return undefined
        patterns.add(glob.source)
      }
    }
  }
  return [...patterns]
}

/** Same-account resources of `kind` the patterns can reach (all of them when `patterns` is undefined). */
function reachableInAccount(ctx: AnalysisContext, principal: Principal, kind: string, patterns: readonly string[] | undefined): Map<number, ResourceEntry> {
  const out = new Map<number, ResourceEntry>()
  if (patterns === undefined) {
    for (const e of ctx.resources.ofKindInAccount(kind, principal.account)) out.set(e.index, e)
    return out
  }
  for (const pattern of patterns) for (const e of ctx.resources.reachable(kind, principal.account, pattern)) out.set(e.index, e)
  return out
}

/** Whether one of the patterns' literal prefixes can name the resource or something inside it. */
function mayReach(prefixes: readonly string[] | undefined, id: string): boolean {
  if (prefixes === undefined) return true
  for (const prefix of prefixes) if (id.startsWith(prefix) || (prefix.length > id.length && prefix.startsWith(id) && prefix[id.length] === '/')) return true
  return false
}

interface Payload {
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

interface KindPlan {
  readonly kind: string
  readonly actions: readonly KindAction[]
  readonly services: readonly string[]
}

/** Compiles the literal prefix of each pattern once, for `mayReach`. */
const prefixesOf = (patterns: readonly string[] | undefined): string[] | undefined =>
  patterns?.map((p) => {
    const cut = p.search(/[*?$]/)
    return cut < 0 ? p : p.slice(0, cut)
  })

export class ResourceAccess {
  private readonly plans: readonly KindPlan[]

  constructor(
    private readonly ctx: AnalysisContext,
    actionsByKind: ReadonlyMap<string, readonly KindAction[]>,
    private readonly hooks: readonly AllowedHook[],
  ) {
    this.plans = ctx.resources.kinds.map((kind) => {
      const actions = actionsByKind.get(kind) ?? []
      return { kind, actions, services: [...new Set(actions.map((a) => serviceOfAction(a.action)))] }
    })
  }

  derive(principal: Principal, accountAdmin: boolean): void {
    const scp = principal.serviceLinked ? undefined : this.ctx.org.levelsFor(principal.account)
    for (const { kind, actions, services } of this.plans) {
      const reaches = services.some((s) => principal.identity.allowsService(s))
      const direct = this.ctx.resources.namedBy(kind, principal.request, false)
      if (!reaches && direct.length === 0) continue
      const patterns = reaches ? reachPatterns(principal, actions) : []
      const prefixes = prefixesOf(patterns)
      const candidates = reaches && !accountAdmin ? reachableInAccount(this.ctx, principal, kind, patterns) : new Map<number, ResourceEntry>()
      const add = (e: ResourceEntry): void => {
        const same = e.account === principal.account
        if (accountAdmin && same) return
        // Across accounts the identity grant is required too: skip resources its patterns cannot name.
        if (!same && !mayReach(prefixes, e.id)) return
        candidates.set(e.index, e)
      }
      for (const e of direct) add(e)
      if (reaches) {
        // Other accounts' resources whose policies open to this account (or everyone): scan them all for a
        // broad identity grant, else look up only what its patterns reach there.
        if (patterns === undefined) for (const e of this.ctx.resources.namedBy(kind, principal.request, true)) add(e)
        else {
          for (const account of this.ctx.resources.accountsOf(kind)) {
            if (account === principal.account) continue
            for (const pattern of patterns) for (const e of this.ctx.resources.reachable(kind, account, pattern)) if (this.ctx.resources.opensTo(e, principal.account)) add(e)
          }
        }
      }
      if (candidates.size === 0) continue

      // Without an identity Allow for the action, only a resource policy naming the principal can grant it.
      const namedDirectly = new Set(direct.map((e) => e.index))
      const n = actions.length
      const identityAllows = actions.map((a) => principal.identity.forAction(a.action).some((st) => st.effect === 'Allow'))
      // Per action: whether nothing but the resource policy can make the decision differ between resources.
      const independent = actions.map(({ action }) => {
        const scpStatements = (scp ?? []).flatMap((level) => level.statements.filter((st) => actionApplies(st, action)))
        return universal(principal.identity.forAction(action)) && universal(principal.boundary?.forAction(action) ?? []) && universal(scpStatements)
      })
      const shared: (Decision | undefined)[] = new Array<Decision | undefined>(n)
      const allowed: (Decision | undefined)[] = new Array<Decision | undefined>(n)
      // Resources decided by the shared decisions alone get the same payload: keyed by which actions were allowed.
      const sharedPayloads = new Map<number, Payload>()

      for (const entry of [...candidates.values()].sort((a, b) => a.index - b.index)) {
        const sameAccount = entry.account === principal.account || entry.account === ''
        const direct = namedDirectly.has(entry.index)
        let any = false
        let fresh = entry.caveats.length > 0 || n > 30
        let mask = 0
        for (let i = 0; i < n; i++) {
          allowed[i] = undefined
          if (!identityAllows[i] && !direct) continue
          const a = actions[i]!
          if (a.target === 'db-users' && entry.dbUsersArn === undefined) continue
          const reuse = sameAccount && entry.policy === undefined && independent[i] === true
          let decision = reuse ? shared[i] : undefined
          if (decision === undefined) {
            const target = targetOf(a, entry)
            if (target === undefined) continue
            decision = decide(this.ctx, principal, a.action, target, {
              resourceAccount: entry.account,
              resourcePolicy: entry.policy,
              resourcePolicyRequired: kind === 'aws.kms.key',
            })
            if (reuse) shared[i] = decision
            else fresh = true
          }
          if (decision.decision === 'allow' && !publicOnly(decision)) {
            allowed[i] = decision
            any = true
            mask |= 1 << i
          }
        }
        if (!any) continue
        let payload = fresh ? undefined : sharedPayloads.get(mask)
        if (payload === undefined) {
          payload = this.payload(principal, entry, actions, allowed)
          if (!fresh) sharedPayloads.set(mask, payload)
        }
        this.ctx.out.sharedEdge({ from: principal.id, to: entry.id, kind: 'has-permission-to', props: payload.props, evidence: payload.evidence }, principal.index, entry.index)
        if (this.hooks.length > 0 && (kind === 'aws.lambda.function' || kind === 'aws.ec2.instance')) {
          const byAction = new Map<string, Decision>()
          actions.forEach((a, i) => {
            const d = allowed[i]
            if (d !== undefined) byAction.set(a.action, d)
          })
          for (const hook of this.hooks) hook(principal, entry, byAction)
        }
      }
    }
  }

  private payload(principal: Principal, entry: ResourceEntry, actions: readonly KindAction[], allowed: readonly (Decision | undefined)[]): Payload {
    let level: AccessLevel = 'read'
    let top: Decision | undefined
    const statements = new Map<string, PolicyStatement>()
    const caveats = new Set<string>([...entry.caveats, ...principal.gaps])
    const actionList: string[] = []
    actions.forEach((a, i) => {
      const decision = allowed[i]
      if (decision === undefined) return
      actionList.push(a.action)
      if (top === undefined || higherLevel(level, a.level) !== level) top = decision
      level = higherLevel(level, a.level)
      for (const st of decision.allowedBy) statements.set(`${st.policy.id}\u0000${st.sid}`, st)
      for (const c of decision.caveats) caveats.add(c)
    })
    actionList.sort()
    const via = top?.allowedBy.find((st) => st.policy.kind !== 'boundary' && st.policy.kind !== 'scp')?.policy.id ?? entry.id
    const props: JsonObject = { level, actions: actionList.slice(0, MAX_ACTIONS), via }
    if (actionList.length > MAX_ACTIONS) props['actionsTruncated'] = true
    if (caveats.size > 0) props['caveats'] = [...caveats].sort().slice(0, MAX_CAVEATS)
    return { props, evidence: decisionEvidence([...statements.values()]).slice(0, MAX_EVIDENCE) }
  }
}
