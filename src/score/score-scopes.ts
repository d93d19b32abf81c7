/**
 * @module Which resources a score covers. Built-in scopes: each account/subscription/project/cluster
 * (the node's scope), organization roll-ups (management groups, AWS organizations and OUs, GCP
 * organizations and folders, over the accounts they contain), and Azure resource groups. Selectors add
 * any filter: `tag:key=value`, `provider:aws`, `rg:<id>`, `org:<id>`, a scope id, or `all`.
 */
import type { GraphView } from '../graph/graph-view.js'
import { SkyhoundError } from '../model/errors.js'
import type { ResourceControl } from './resource-tally.js'
import type { ScoreScopeKind } from './score-types.js'

const RESOURCE_GROUP = /^(\/subscriptions\/[^/]+\/resourcegroups\/[^/]+)(?:\/|$)/i

export function resourceGroupOf(nodeId: string): string | undefined {
  return RESOURCE_GROUP.exec(nodeId)?.[1]?.toLowerCase()
}

/** Account scope ids under each organization node (transitively over `contains`). */
export function organizationMembers(graph: GraphView): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const org of graph.nodesOfFamily('organization')) {
    const members = new Set<string>()
    const seen = new Set<number>([org])
    const queue = [org]
    while (queue.length > 0) {
      const node = queue.pop()!
      for (const child of graph.neighbours(node, 'out', 'contains')) {
        if (seen.has(child)) continue
        seen.add(child)
        const family = graph.nodeFamily(child)
        if (family === 'account') members.add(graph.nodeId(child))
        else if (family === 'organization') queue.push(child)
      }
    }
    if (members.size > 0) out.set(graph.nodeId(org), members)
  }
  return out
}

export interface ScopeSelector {
  readonly kind: ScoreScopeKind
  readonly label: string
  /** True for the entries the scope covers. */
  readonly covers: (entry: ResourceControl) => boolean
  /** For roll-ups: the member scopes, weighted by resource count (multi-scope formula). */
  readonly members?: ReadonlySet<string>
}

function tagsOf(graph: GraphView | undefined, nodeId: string): Readonly<Record<string, string>> {
  const index = graph?.indexOf(nodeId)
  return graph === undefined || index === undefined ? {} : graph.nodeTags(index)
}

export function parseSelector(text: string, graph: GraphView | undefined, scopes: readonly string[]): ScopeSelector {
  if (text === 'all') return { kind: 'all', label: 'all', covers: () => true }
  const [prefix, ...rest] = text.split(':')
  const value = rest.join(':')
  switch (prefix ?? '') {
    case 'tag': {
      const [key, tagValue] = value.split('=')
      if (key === undefined || key === '' || tagValue === undefined) {
        throw new SkyhoundError('SKY_USAGE', `scope ${text} is not tag:key=value`, { hint: 'e.g. --scope tag:env=prod' })
      }
      return { kind: 'tag', label: text, covers: (e) => tagsOf(graph, e.nodeId)[key] === tagValue }
    }
    case 'provider':
      return { kind: 'provider', label: text, covers: (e) => e.provider === value }
    case 'rg': {
      const rg = value.toLowerCase()
      return { kind: 'resource-group', label: rg, covers: (e) => resourceGroupOf(e.nodeId) === rg }
    }
    case 'org': {
      const members = graph === undefined ? undefined : organizationMembers(graph).get(value)
      if (members === undefined) throw new SkyhoundError('SKY_USAGE', `no organization ${value} with accounts in this snapshot`, { hint: 'skyhound score --json lists the organization scopes' })
      return { kind: 'organization', label: value, covers: (e) => members.has(e.scope), members }
    }
    default: {
      const exact = scopes.find((s) => s === text) ?? scopes.find((s) => s.toLowerCase().endsWith(`/${text.toLowerCase()}`))
      if (exact === undefined) {
        throw new SkyhoundError('SKY_USAGE', `no scope ${text} in this snapshot`, {
          hint: 'use a scope id (aws://accounts/…, /subscriptions/…, //cloudresourcemanager…/projects/…, k8s://…), tag:k=v, provider:p, rg:<id>, org:<id> or all',
        })
      }
      return { kind: 'account', label: exact, covers: (e) => e.scope === exact }
    }
  }
}
