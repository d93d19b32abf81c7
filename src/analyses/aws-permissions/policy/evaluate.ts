/**
 * @module One request (principal, action, resource) against the policies that govern it, following
 * AWS's documented evaluation logic: an explicit Deny in any policy wins; SCPs of the caller's account
 * must allow at every level; a permissions boundary cuts identity grants; inside one account an
 * identity grant or a resource policy naming the caller is enough, across accounts both are needed;
 * KMS key policies and role trust policies must always allow. Conditions are not evaluated: a
 * conditional allow still allows and a conditional deny does not cut, both are returned as caveats.
 */
import { matchPrincipal } from './principal-match.js'
import type { PrincipalMatch, RequestPrincipal } from './principal-match.js'
import { statementLabel } from './statement.js'
import type { PolicyStatement } from './statement.js'
import { arnGlob, globCovers, globsIntersect, hasWildcard } from './wildcard.js'
import type { Glob } from './wildcard.js'

/**
 * `exact`: `resource` is one ARN. `some`: `resource` is a pattern and the question is whether the
 * action is allowed on at least part of it (the objects of a bucket). `all`: on all of it (account admin).
 */
export type ResourceMode = 'exact' | 'some' | 'all'

export interface EvaluationRequest {
  readonly principal: RequestPrincipal
  readonly action: string
  readonly resource: string
  readonly mode?: ResourceMode
  /** Account that owns the resource; '' when unknown (then treated as the caller's own). */
  readonly resourceAccount: string
}

/** The SCPs attached at one level of the organization tree (root, OU or account). */
export interface ScpLevel {
  readonly target: string
  readonly statements: readonly PolicyStatement[]
}

export interface PolicySet {
  readonly identity: readonly PolicyStatement[]
  /** Undefined when the caller has no permissions boundary. */
  readonly boundary?: readonly PolicyStatement[]
  /** SCP levels of the caller's account; undefined or empty when no SCP applies. */
  readonly scpLevels?: readonly ScpLevel[]
  readonly resource?: readonly PolicyStatement[]
  /** KMS key policies and role trust policies: the resource policy must allow, whatever the identity grants. */
  readonly resourcePolicyRequired?: boolean
}

export type Verdict = 'allow' | 'deny' | 'implicit'

export interface Decision {
  readonly decision: Verdict
  /** The statements of the deciding route (identity, resource, boundary…), best first. */
  readonly allowedBy: readonly PolicyStatement[]
  readonly deniedBy: readonly PolicyStatement[]
  readonly caveats: readonly string[]
  /** Why, in a few words ("explicit deny", "not allowed by the permissions boundary"…). */
  readonly reason: string
}

type Coverage = 'full' | 'partial'

interface Hit {
  readonly statement: PolicyStatement
  readonly coverage: Coverage
  readonly match?: PrincipalMatch
}

const VARIABLE = /\$\{([^}]*)\}/g

/** Substitutes the policy variables known from the caller; the others stay wildcards (and make the hit partial). */
function resolveGlob(glob: Glob, principal: RequestPrincipal): { glob: Glob; unresolved: boolean } {
  if (!glob.source.includes('${')) return { glob, unresolved: false }
  let unresolved = false
  const text = glob.source.replace(VARIABLE, (whole, name: string) => {
    const key = name.toLowerCase()
    if (key === 'aws:username' && principal.kind === 'user' && principal.name !== undefined) return principal.name
    if ((key === 'aws:principalaccount' || key === 'aws:sourceaccount') && principal.account !== '') return principal.account
    if (key === 'aws:userid' && principal.uniqueId !== undefined) return principal.uniqueId
    if (key === 'aws:principalarn') return principal.arn
    if (key === '*' || key === '?' || key === '$') return key
    unresolved = true
    return whole
  })
  return { glob: arnGlob(text), unresolved }
}

/** Whether the statement's Action/NotAction element covers `action`. */
export function actionApplies(statement: PolicyStatement, action: string): boolean {
  let named = false
  for (const glob of statement.action.globs) {
    if (glob.test(action)) {
      named = true
      break
    }
  }
  return statement.action.negated ? !named : named
}

/** How much of the requested resource the statement's Resource/NotResource element reaches. */
function resourceCoverage(statement: PolicyStatement, request: EvaluationRequest, mode: ResourceMode): Coverage | undefined {
  const { negated, globs } = statement.resource
  let covers = false
  let touches = false
  let unresolved = false
  for (const raw of globs) {
    const resolved = resolveGlob(raw, request.principal)
    unresolved ||= resolved.unresolved
    const glob = resolved.glob
    if (mode === 'exact') {
      if (glob.test(request.resource)) {
        touches = true
        covers ||= !resolved.unresolved
      }
    } else if (globCovers(glob.pattern, request.resource) && !resolved.unresolved) {
      covers = true
      touches = true
    } else if (globsIntersect(glob.pattern, request.resource)) {
      touches = true
    }
    if (covers && !negated) break
  }
  if (!negated) return covers ? 'full' : touches ? 'partial' : undefined
  // NotResource: applies to what the patterns leave out.
  if (covers) return undefined
  return touches || unresolved ? 'partial' : 'full'
}

function hitsOf(statements: readonly PolicyStatement[], request: EvaluationRequest, mode: ResourceMode, effect: 'Allow' | 'Deny', checkPrincipal: boolean): Hit[] {
  const hits: Hit[] = []
  for (const statement of statements) {
    if (statement.effect !== effect || !actionApplies(statement, request.action)) continue
    let match: PrincipalMatch | undefined
    if (checkPrincipal) {
      if (statement.principal === undefined) continue
      match = matchPrincipal(statement.principal, request.principal)
      if (match === undefined) continue
    }
    const coverage = resourceCoverage(statement, request, mode)
    if (coverage === undefined) continue
    hits.push(match === undefined ? { statement, coverage } : { statement, coverage, match })
  }
  return hits
}

const conditional = (hit: Hit): boolean => hit.statement.conditions.length > 0

function denyCaveat(hit: Hit): string {
  const label = statementLabel(hit.statement)
  if (conditional(hit)) return `${label}: denied if ${hit.statement.conditions.join(' and ')}`
  return `${label}: denied for part of ${hit.statement.resource.negated ? 'the resources outside its NotResource' : hit.statement.resource.globs.map((g) => g.source).join(', ')}`
}

/** One set of alternatives that must allow (identity, boundary, an SCP level, the resource policy). */
interface Component {
  readonly name: string
  readonly hits: readonly Hit[]
}

/** The best hit first: unconditional and full, then unconditional, then the rest in policy order. */
function ranked(hits: Hit[], mode: ResourceMode): Hit[] {
  if (hits.length === 0) return hits
  if (hits.length === 1 && (mode !== 'all' || hits[0]!.coverage === 'full')) return hits
  const usable = mode === 'all' ? hits.filter((h) => h.coverage === 'full') : [...hits]
  const score = (h: Hit): number => (conditional(h) ? 2 : 0) + (h.coverage === 'partial' ? 1 : 0)
  return usable.map((h, i) => ({ h, i })).sort((a, b) => score(a.h) - score(b.h) || a.i - b.i).map((x) => x.h)
}

function componentCaveats(component: Component): string[] {
  const best = component.hits[0]
  if (best === undefined) return []
  if (!conditional(best)) {
    return best.coverage === 'partial'
      ? [`${statementLabel(best.statement)}: allowed for part of the resource only (${best.statement.resource.globs.map((g) => g.source).join(', ')})`]
      : []
  }
  return component.hits.filter(conditional).map((h) => `${statementLabel(h.statement)}: allowed only if ${h.statement.conditions.join(' and ')}`)
}

const clean = (components: readonly Component[]): boolean =>
  components.every((c) => c.hits[0] !== undefined && !conditional(c.hits[0]) && c.hits[0].coverage === 'full')

/** An implicit deny whose reason is worded only when read (most are never explained). */
class ImplicitDecision implements Decision {
  readonly decision = 'implicit' as const
  readonly allowedBy: readonly PolicyStatement[] = []
  readonly deniedBy: readonly PolicyStatement[] = []

  constructor(
    readonly caveats: readonly string[],
    private readonly routes: readonly Component[][],
    private readonly sameAccount: boolean,
    private readonly caller: boolean,
    private readonly policies: PolicySet,
  ) {}

  get reason(): string {
    return implicitReason(this.routes, this.sameAccount, this.caller, this.policies)
  }
}

const NO_HITS: readonly Hit[] = []

export function evaluate(request: EvaluationRequest, policies: PolicySet): Decision {
  const mode = request.mode ?? (hasWildcard(request.resource) ? 'some' : 'exact')
  const caveats: string[] = []
  const deniedBy: PolicyStatement[] = []
  const collectDenies = (statements: readonly PolicyStatement[], principal: boolean): void => {
    for (const hit of hitsOf(statements, request, mode, 'Deny', principal)) {
      if (!conditional(hit) && hit.coverage === 'full') deniedBy.push(hit.statement)
      else caveats.push(denyCaveat(hit))
    }
  }
  collectDenies(policies.identity, false)
  if (policies.boundary !== undefined) collectDenies(policies.boundary, false)
  for (const level of policies.scpLevels ?? []) collectDenies(level.statements, false)
  if (policies.resource !== undefined) collectDenies(policies.resource, true)
  if (deniedBy.length > 0) {
    const first = deniedBy[0]!
    return { decision: 'deny', allowedBy: [], deniedBy, caveats: [], reason: `explicit deny in ${statementLabel(first)}` }
  }

  const identityHits = ranked(hitsOf(policies.identity, request, mode, 'Allow', false), mode)
  const resourceHits = policies.resource === undefined ? NO_HITS : ranked(hitsOf(policies.resource, request, mode, 'Allow', true), mode)
  const principal = request.principal
  const caller = principal.kind === 'user' || principal.kind === 'role'
  const sameAccount = request.resourceAccount === '' || request.resourceAccount === principal.account
  // Nothing allows at all: the common case, answered without building routes.
  if (resourceHits.length === 0 && (identityHits.length === 0 || !caller || (!sameAccount) || policies.resourcePolicyRequired === true)) {
    return new ImplicitDecision(caveats, [[{ name: 'identity', hits: identityHits }, { name: 'resource', hits: NO_HITS }]], sameAccount, caller, policies)
  }

  const identity: Component = { name: 'identity', hits: identityHits }
  const boundary: Component | undefined =
    policies.boundary === undefined ? undefined : { name: 'boundary', hits: ranked(hitsOf(policies.boundary, request, mode, 'Allow', false), mode) }
  const scp: Component[] = []
  for (const level of policies.scpLevels ?? []) {
    // A level whose known SCPs hold no Allow at all keeps the default FullAWSAccess next to its denies.
    if (!level.statements.some((s) => s.effect === 'Allow')) continue
    scp.push({ name: `scp ${level.target}`, hits: ranked(hitsOf(level.statements, request, mode, 'Allow', false), mode) })
  }
  const byMatch = (keep: (h: Hit) => boolean): Component => ({ name: 'resource', hits: resourceHits.length === 0 ? NO_HITS : resourceHits.filter(keep) })
  const withBoundary = (components: Component[]): Component[] => (boundary === undefined ? components : [...components, boundary])
  let routes: Component[][]
  if (!caller) routes = [[{ name: 'resource', hits: resourceHits }]]
  else if (!sameAccount) routes = [[...withBoundary([identity]), { name: 'resource', hits: resourceHits }]]
  else {
    // A resource policy naming an IAM user's ARN grants past its boundary; naming a role, or everyone, does not.
    const delegated = byMatch((h) => h.match === 'account')
    const viaIdentity = withBoundary(policies.resourcePolicyRequired === true ? [identity, delegated] : [identity])
    routes =
      principal.kind === 'user'
        ? [viaIdentity, [byMatch((h) => h.match === 'direct')], withBoundary([byMatch((h) => h.match === 'any')])]
        : [viaIdentity, withBoundary([byMatch((h) => h.match === 'direct' || h.match === 'any')])]
  }
  if (scp.length > 0) routes = routes.map((route) => [...route, ...scp])

  const satisfied = routes.filter((route) => route.every((c) => c.hits.length > 0))
  const chosen = satisfied.find(clean) ?? satisfied[0]
  if (chosen === undefined) return new ImplicitDecision(caveats, routes, sameAccount, caller, policies)
  const allowedBy = chosen.flatMap((c) => (c.hits[0] === undefined ? [] : [c.hits[0].statement]))
  const all = [...caveats, ...chosen.flatMap(componentCaveats)]
  return { decision: 'allow', allowedBy, deniedBy: [], caveats: all.length < 2 ? all : [...new Set(all)], reason: sameAccount ? 'allowed' : 'allowed across accounts' }
}

function implicitReason(routes: readonly Component[][], sameAccount: boolean, caller: boolean, policies: PolicySet): string {
  const missing = new Set(routes.flatMap((route) => route.filter((c) => c.hits.length === 0).map((c) => c.name)))
  const scpMissing = [...missing].find((m) => m.startsWith('scp '))
  if (scpMissing !== undefined) return `not allowed by the SCPs attached to ${scpMissing.slice(4)}`
  if (!caller) return 'the resource policy does not name this principal'
  const identityMissing = missing.has('identity')
  const resourceMissing = missing.has('resource')
  if (missing.has('boundary') && !identityMissing) return 'not allowed by the permissions boundary'
  if (!sameAccount) {
    if (resourceMissing && policies.resource === undefined) return 'cross-account access needs a resource policy, and the resource has none'
    if (resourceMissing) return 'cross-account access needs a grant in the resource policy'
    return "cross-account access needs a grant in the caller's identity policies"
  }
  if (policies.resourcePolicyRequired === true && !identityMissing) return 'the key or trust policy does not allow it'
  return 'no policy grants it'
}
