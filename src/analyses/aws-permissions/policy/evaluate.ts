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
function ranked(hits: readonly Hit[], mode: ResourceMode): Hit[] {
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

export function evaluate(request: EvaluationRequest, policies: PolicySet): Decision {
  const mode = request.mode ?? (hasWildcard(request.resource) ? 'some' : 'exact')
  const caveats: string[] = []
  const deniedBy: PolicyStatement[] = []

  const sources: { statements: readonly PolicyStatement[]; principal: boolean }[] = [
    { statements: policies.identity, principal: false },
    ...(policies.boundary === undefined ? [] : [{ statements: policies.boundary, principal: false }]),
    ...(policies.scpLevels ?? []).map((level) => ({ statements: level.statements, principal: false })),
    ...(policies.resource === undefined ? [] : [{ statements: policies.resource, principal: true }]),
  ]
  for (const source of sources) {
    for (const hit of hitsOf(source.statements, request, mode, 'Deny', source.principal)) {
      if (!conditional(hit) && hit.coverage === 'full') deniedBy.push(hit.statement)
      else caveats.push(denyCaveat(hit))
    }
  }
  if (deniedBy.length > 0) return { decision: 'deny', allowedBy: [], deniedBy, caveats: [], reason: `explicit deny in ${statementLabel(deniedBy[0]!)}` }

  const identity: Component = { name: 'identity', hits: ranked(hitsOf(policies.identity, request, mode, 'Allow', false), mode) }
  const boundary: Component | undefined =
    policies.boundary === undefined ? undefined : { name: 'boundary', hits: ranked(hitsOf(policies.boundary, request, mode, 'Allow', false), mode) }
  const scp: Component[] = []
  for (const level of policies.scpLevels ?? []) {
    // A level whose known SCPs hold no Allow at all keeps the default FullAWSAccess next to its denies.
    if (!level.statements.some((s) => s.effect === 'Allow')) continue
    scp.push({ name: `scp ${level.target}`, hits: ranked(hitsOf(level.statements, request, mode, 'Allow', false), mode) })
  }
  const resourceHits = policies.resource === undefined ? [] : ranked(hitsOf(policies.resource, request, mode, 'Allow', true), mode)
  const named: Component = { name: 'resource', hits: resourceHits.filter((h) => h.match === 'direct' || h.match === 'any') }
  const namedDirectly: Component = { name: 'resource', hits: resourceHits.filter((h) => h.match === 'direct') }
  const namedAsAnyone: Component = { name: 'resource', hits: resourceHits.filter((h) => h.match === 'any') }
  const delegated: Component = { name: 'resource', hits: resourceHits.filter((h) => h.match === 'account') }
  const anyResource: Component = { name: 'resource', hits: resourceHits }

  const principal = request.principal
  const caller = principal.kind === 'user' || principal.kind === 'role'
  const sameAccount = request.resourceAccount === '' || request.resourceAccount === principal.account
  const withBoundary = (components: Component[]): Component[] => (boundary === undefined ? components : [...components, boundary])
  let routes: Component[][]
  if (!caller) routes = [[anyResource]]
  else if (!sameAccount) routes = [[...withBoundary([identity]), anyResource]]
  else {
    // A resource policy naming an IAM user's ARN grants past its boundary; naming a role, or everyone, does not.
    const viaIdentity = withBoundary(policies.resourcePolicyRequired === true ? [identity, delegated] : [identity])
    routes = principal.kind === 'user' ? [viaIdentity, [namedDirectly], withBoundary([namedAsAnyone])] : [viaIdentity, withBoundary([named])]
  }
  routes = routes.map((route) => [...route, ...scp])

  const satisfied = routes.filter((route) => route.every((c) => c.hits.length > 0))
  const chosen = satisfied.find(clean) ?? satisfied[0]
  if (chosen === undefined) return { decision: 'implicit', allowedBy: [], deniedBy: [], caveats, reason: implicitReason(routes, sameAccount, caller, policies) }
  const allowedBy = chosen.flatMap((c) => (c.hits[0] === undefined ? [] : [c.hits[0].statement]))
  const all = [...caveats, ...chosen.flatMap(componentCaveats)]
  return { decision: 'allow', allowedBy, deniedBy: [], caveats: [...new Set(all)], reason: sameAccount ? 'allowed' : 'allowed across accounts' }
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
