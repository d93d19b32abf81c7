/**
 * @module Crown jewels: what a path may end at. Data with sensitive content, secret stores, keys and
 * secrets, anything marked critical, and accounts/subscriptions/projects and clusters (only
 * administrator moves enter those, so reaching one means taking it over). Moves marked `terminal`
 * (a public copy of private data) and entry moves with `selfTarget` add targets of their own.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Family } from '../../model/vocabulary.js'
import { FACT } from '../node-facts.js'
import type { NodeFacts } from '../node-facts.js'

const TARGET_FAMILIES: ReadonlySet<Family> = new Set<Family>(['secret-store', 'kms-key', 'secret', 'account', 'organization', 'k8s-cluster'])

export type TargetReason = 'sensitive-data' | 'critical-resource' | 'secret-store' | 'encryption-key' | 'secret' | 'account' | 'cluster' | 'workload' | 'public-copy' | 'database'

/**
 * Identities are stepping stones, even admin or critical ones: what they can do is reached by the next move
 * (the account they administer, the data they read), so they never end a path themselves.
 */
const NEVER_TARGETS: ReadonlySet<Family> = new Set<Family>(['identity', 'group', 'policy', 'role-definition', 'k8s-rbac', 'internet'])

export function isTargetNode(graph: GraphView, facts: NodeFacts, node: number): boolean {
  if (NEVER_TARGETS.has(graph.nodeFamily(node))) return false
  return (facts.flags[node]! & (FACT.sensitive | FACT.critical)) !== 0 || TARGET_FAMILIES.has(graph.nodeFamily(node))
}

/** Why a node ends a path, most important first. */
export function targetReasons(graph: GraphView, facts: NodeFacts, node: number): TargetReason[] {
  const reasons: TargetReason[] = []
  const family = graph.nodeFamily(node)
  if (family === 'account' || family === 'organization') reasons.push('account')
  if (family === 'k8s-cluster') reasons.push('cluster')
  if ((facts.flags[node]! & FACT.sensitive) !== 0) reasons.push('sensitive-data')
  if (family === 'secret-store') reasons.push('secret-store')
  if (family === 'kms-key') reasons.push('encryption-key')
  if (family === 'secret') reasons.push('secret')
  if ((facts.flags[node]! & FACT.critical) !== 0) reasons.push('critical-resource')
  return reasons
}
