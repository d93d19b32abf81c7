/**
 * @module Kubernetes RBAC rules and the matching the API server does (rbac/v1 evaluation helpers):
 * `*` verbs, groups and resources, `*\/subresource`, resourceNames, non-resource URLs.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import type { Level } from '../derivation-sink.js'
import { maxLevel } from '../derivation-sink.js'
import { strings } from '../json-read.js'

export interface Rule {
  readonly apiGroups: readonly string[]
  readonly resources: readonly string[]
  readonly verbs: readonly string[]
  readonly resourceNames: readonly string[]
  readonly nonResourceURLs: readonly string[]
}

export const toRule = (value: JsonObject): Rule => ({
  apiGroups: strings(value['apiGroups']),
  resources: strings(value['resources']),
  verbs: strings(value['verbs']),
  resourceNames: strings(value['resourceNames']),
  nonResourceURLs: strings(value['nonResourceURLs']),
})

export interface Request {
  readonly verb: string
  /** API group, `''` for the core group. */
  readonly group: string
  /** `pods`, or `pods/exec` for a subresource. */
  readonly resource: string
  /** A named object; rules with resourceNames only match named requests. */
  readonly name?: string
}

function resourceMatches(rule: Rule, resource: string): boolean {
  const slash = resource.indexOf('/')
  const sub = slash < 0 ? '' : resource.slice(slash + 1)
  return rule.resources.some((r) => r === '*' || r === resource || (sub !== '' && r === `*/${sub}`))
}

export function ruleAllows(rule: Rule, request: Request): boolean {
  if (rule.resources.length === 0) return false
  if (!rule.verbs.includes('*') && !rule.verbs.includes(request.verb)) return false
  if (!rule.apiGroups.includes('*') && !rule.apiGroups.includes(request.group)) return false
  if (!resourceMatches(rule, request.resource)) return false
  if (rule.resourceNames.length === 0) return true
  return request.name !== undefined && rule.resourceNames.includes(request.name)
}

export const rulesAllow = (rules: readonly Rule[], request: Request): boolean => rules.some((rule) => ruleAllows(rule, request))

/** Names a rule set restricts a request to: `undefined` = every object, else the listed names. */
export function allowedNames(rules: readonly Rule[], request: Omit<Request, 'name'>): Set<string> | undefined {
  const names = new Set<string>()
  for (const rule of rules) {
    if (!ruleAllows({ ...rule, resourceNames: [] }, request)) continue
    if (rule.resourceNames.length === 0) return undefined
    for (const name of rule.resourceNames) names.add(name)
  }
  return names
}

const WRITE_VERBS = new Set(['create', 'update', 'patch', 'delete', 'deletecollection', '*', 'impersonate', 'bind', 'escalate', 'approve', 'sign'])

/** One action per verb of a rule, as edge actions: `get secrets`, `create pods,pods/exec`, `* *`, `get secrets [a,b]`. */
export function ruleActions(rule: Rule): string[] {
  const suffix = rule.resourceNames.length > 0 ? ` [${rule.resourceNames.join(',')}]` : ''
  const targets = (rule.resources.length > 0 ? rule.resources : rule.nonResourceURLs).join(',')
  return rule.verbs.map((verb) => `${verb} ${targets}${suffix}`)
}

export const isClusterAdminRule = (rule: Rule): boolean =>
  rule.verbs.includes('*') && rule.resources.includes('*') && rule.apiGroups.includes('*') && rule.resourceNames.length === 0

const RBAC = 'rbac.authorization.k8s.io'

/** Why a rule set lets its holder take over the scope it applies to, or undefined. */
export function escalation(rules: readonly Rule[]): string | undefined {
  if (rules.some(isClusterAdminRule)) return 'cluster-admin'
  if (rulesAllow(rules, { verb: 'impersonate', group: '', resource: 'groups', name: 'system:masters' })) return 'k8s-impersonate'
  if (rulesAllow(rules, { verb: 'impersonate', group: '', resource: 'users' })) return 'k8s-impersonate'
  const bindRoles = rulesAllow(rules, { verb: 'bind', group: RBAC, resource: 'clusterroles', name: 'cluster-admin' })
  if (bindRoles && (rulesAllow(rules, { verb: 'create', group: RBAC, resource: 'clusterrolebindings' }) || rulesAllow(rules, { verb: 'create', group: RBAC, resource: 'rolebindings' }))) return 'k8s-bind'
  if (rulesAllow(rules, { verb: 'escalate', group: RBAC, resource: 'clusterroles' }) && rulesAllow(rules, { verb: 'update', group: RBAC, resource: 'clusterroles' })) return 'k8s-escalate'
  return undefined
}

export function rulesLevel(rules: readonly Rule[]): Level | undefined {
  let level: Level | undefined
  for (const rule of rules) {
    if (rule.verbs.length === 0 || (rule.resources.length === 0 && rule.nonResourceURLs.length === 0)) continue
    const ruleLevel: Level = rule.verbs.some((v) => WRITE_VERBS.has(v)) ? 'write' : 'read'
    level = level === undefined ? ruleLevel : maxLevel(level, ruleLevel)
  }
  return escalation(rules) !== undefined ? 'admin' : level
}
