/** @module Reading the normalized RBAC rules of Kubernetes Roles and ClusterRoles, for the rbac rules. */
import type { JsonObject } from '../../../model/graph-types.js'
import { texts } from '../../rule-kit.js'
import type { RuleNode } from '../../rule-kit.js'

/** Roles Kubernetes itself ships (and reconciles): they are broad by design and not the cluster owner's to fix. */
const BUILT_IN = new Set(['cluster-admin', 'admin', 'edit', 'view'])

export function isBuiltInRole(node: RuleNode): boolean {
  const name = node.name.slice(node.name.lastIndexOf('/') + 1)
  return BUILT_IN.has(name) || name.startsWith('system:') || node.tags['kubernetes.io/bootstrapping'] === 'rbac-defaults'
}

export const roleLabel = (node: RuleNode): string => `${node.kind === 'k8s.clusterrole' ? 'cluster role' : 'role'} ${node.label}`

/** Whether a policy rule grants `verb` (or all verbs) on `resource` (or all resources) in the core API group. */
export function grants(rule: JsonObject, verbs: readonly string[], resource: string): boolean {
  const groups = texts(rule['apiGroups'])
  const resources = texts(rule['resources'])
  const ruleVerbs = texts(rule['verbs'])
  return (groups.includes('') || groups.includes('*')) &&
    (resources.includes(resource) || resources.includes('*')) &&
    texts(rule['resourceNames']).length === 0 &&
    ruleVerbs.some((verb) => verb === '*' || verbs.includes(verb))
}

/**
 * Whether a policy rule grants one of `verbs` on one of `resources` (sub-resources as `pods/exec`) in API
 * `group`, wildcards included, without resourceNames narrowing it. `resource/*` rules cover every sub-resource.
 */
export function grantsAny(rule: JsonObject, group: string, verbs: readonly string[], resources: readonly string[]): boolean {
  const groups = texts(rule['apiGroups'])
  const ruleResources = texts(rule['resources'])
  const ruleVerbs = texts(rule['verbs'])
  const coversResource = (resource: string): boolean =>
    ruleResources.includes(resource) || ruleResources.includes('*') || (resource.includes('/') && ruleResources.includes(`${resource.split('/')[0]!}/*`))
  return (groups.includes(group) || groups.includes('*')) &&
    resources.some(coversResource) &&
    texts(rule['resourceNames']).length === 0 &&
    ruleVerbs.some((verb) => verb === '*' || verbs.includes(verb))
}

/** Which of `resources` the role's rules grant with one of `verbs` in `group` (for messages). */
export function grantedResources(rules: readonly JsonObject[], group: string, verbs: readonly string[], resources: readonly string[]): string[] {
  return resources.filter((resource) => rules.some((rule) => grantsAny(rule, group, verbs, [resource])))
}
