/** @module Rules of a Role or ClusterRole node, with ClusterRole aggregation and the default roles. */
import type { GraphView } from '../../../graph/graph-view.js'
import { objects, str } from '../json-read.js'
import { DEFAULT_CLUSTER_ROLES } from './k8s-default-roles.js'
import type { Rule } from './k8s-rules.js'
import { toRule } from './k8s-rules.js'

export interface ResolvedRole {
  readonly rules: readonly Rule[]
  /** `input`: read from the export; `default`: a built-in role the export does not list. */
  readonly source: 'input' | 'default'
  /** ClusterRoles whose rules were aggregated into this one. */
  readonly aggregated: readonly string[]
}

export class RoleRules {
  private readonly cache = new Map<number, ResolvedRole>()
  private readonly clusterRolesByCluster = new Map<string, number[]>()

  constructor(private readonly graph: GraphView) {
    for (const node of graph.nodesOfKind('k8s.clusterrole')) {
      const cluster = str(graph.nodeProps(node)['cluster']) ?? ''
      this.clusterRolesByCluster.set(cluster, [...(this.clusterRolesByCluster.get(cluster) ?? []), node])
    }
  }

  /** The role a binding refers to: its node, else a default ClusterRole by name. */
  resolve(roleRefId: string | undefined, roleKind: string, roleName: string | undefined): ResolvedRole | undefined {
    const node = roleRefId === undefined ? undefined : this.graph.indexOf(roleRefId)
    if (node !== undefined) return this.ofNode(node, new Set())
    const defaults = roleKind === 'ClusterRole' && roleName !== undefined ? DEFAULT_CLUSTER_ROLES[roleName] : undefined
    return defaults === undefined ? undefined : { rules: defaults, source: 'default', aggregated: [] }
  }

  private ofNode(node: number, visiting: Set<number>): ResolvedRole {
    const cached = this.cache.get(node)
    if (cached !== undefined) return cached
    visiting.add(node)
    const props = this.graph.nodeProps(node)
    const rules = objects(props['rules']).map(toRule)
    const aggregated: string[] = []
    const selectors = objects(props['aggregationSelectors'])
    if (selectors.length > 0) {
      // The aggregation controller unions the rules of every ClusterRole whose labels match a selector.
      const cluster = str(props['cluster']) ?? ''
      for (const other of this.clusterRolesByCluster.get(cluster) ?? []) {
        if (other === node || visiting.has(other)) continue
        const labels = this.graph.nodeTags(other)
        const selected = selectors.some((selector) => Object.entries(selector).every(([k, v]) => labels[k] === v))
        if (!selected) continue
        const inner = this.ofNode(other, visiting)
        rules.push(...inner.rules)
        aggregated.push(this.graph.nodeId(other), ...inner.aggregated)
      }
    }
    visiting.delete(node)
    const resolved: ResolvedRole = { rules, source: 'input', aggregated: [...new Set(aggregated)].sort() }
    this.cache.set(node, resolved)
    return resolved
  }
}
