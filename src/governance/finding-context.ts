/**
 * @module What the governance engine knows about a finding beyond the finding itself: the tags of its
 * resource, resource group and account, the organizations above its account, and its rule's metadata.
 * Built from a scan's graph or a stored snapshot's nodes; the engine never reads a graph itself.
 */
import type { GraphView } from '../graph/graph-view.js'
import { organizationMembers, resourceGroupOf } from '../score/score-scopes.js'

export interface FindingContext {
  /** Tags of a node, undefined when the node is not in the snapshot. */
  tagsOf(nodeId: string): Readonly<Record<string, string>> | undefined
  /** Organization ids (management groups, AWS organizations/OUs, GCP organizations/folders) above an account scope. */
  organizationsOf(scope: string): readonly string[]
  nameOf(nodeId: string): string | undefined
  kindOf(nodeId: string): string | undefined
}

/** The scope ids a finding sits in, most specific first: resource, resource group, account, organizations. */
export function scopesOfFinding(finding: { readonly nodeId: string; readonly scope: string }, ctx: FindingContext): string[] {
  const rg = resourceGroupOf(finding.nodeId)
  return [finding.nodeId, ...(rg === undefined ? [] : [rg]), ...(finding.scope === '' ? [] : [finding.scope]), ...ctx.organizationsOf(finding.scope)].map((s) => s.toLowerCase())
}

function invert(members: Map<string, Set<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const [org, accounts] of members) {
    for (const account of accounts) out.set(account, [...(out.get(account) ?? []), org])
  }
  return out
}

export function contextFromGraph(graph: GraphView): FindingContext {
  const orgs = invert(organizationMembers(graph))
  return {
    tagsOf: (id) => {
      const i = graph.indexOf(id)
      return i === undefined ? undefined : graph.nodeTags(i)
    },
    organizationsOf: (scope) => orgs.get(scope) ?? [],
    nameOf: (id) => {
      const i = graph.indexOf(id)
      return i === undefined ? undefined : graph.nodeName(i)
    },
    kindOf: (id) => {
      const i = graph.indexOf(id)
      return i === undefined ? undefined : graph.nodeKind(i)
    },
  }
}
