/**
 * @module Ages of IAM credentials in whole days. Exports are snapshots: a credential used two days before
 * the export must not read as idle for years when the snapshot is evaluated later. Ages are therefore
 * measured against the newest IAM activity recorded in the same account (a credential report or
 * authorization details is generated after every last use it lists), never against the wall clock alone.
 */
import type { GraphView } from '../../../graph/graph-view.js'
import type { JsonValue } from '../../../model/graph-types.js'
import type { RuleNode } from '../../rule-kit.js'

const DAY = 24 * 60 * 60 * 1000

const time = (value: JsonValue | undefined): number | undefined => {
  if (typeof value !== 'string') return undefined
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : at
}

const NEWEST = new WeakMap<GraphView, Map<string, number>>()

function newestActivity(graph: GraphView): Map<string, number> {
  const cached = NEWEST.get(graph)
  if (cached !== undefined) return cached
  const newest = new Map<string, number>()
  const note = (scope: string, value: JsonValue | undefined): void => {
    const at = time(value)
    if (at !== undefined && at > (newest.get(scope) ?? 0)) newest.set(scope, at)
  }
  for (const kind of ['aws.iam.user', 'aws.iam.role']) {
    for (const index of graph.nodesOfKind(kind)) {
      const props = graph.nodeProps(index)
      const scope = graph.nodeScope(index)
      for (const key of ['passwordLastUsedAt', 'passwordLastChangedAt', 'lastUsedAt', 'createdAt']) note(scope, props[key])
      const keys = props['accessKeys']
      if (Array.isArray(keys)) {
        for (const k of keys) {
          if (typeof k !== 'object' || k === null || Array.isArray(k)) continue
          note(scope, k['lastUsedAt'])
          note(scope, k['createdAt'])
        }
      }
    }
  }
  NEWEST.set(graph, newest)
  return newest
}

/** When the account's IAM data was at least current: its newest recorded activity, capped at now. */
export function observedAt(node: RuleNode): number {
  return Math.min(Date.now(), newestActivity(node.graph).get(node.scope) ?? Date.now())
}

/** Days between `iso` and `reference`, or undefined when the timestamp is absent or unreadable. */
export function ageInDays(iso: JsonValue | undefined, reference: number): number | undefined {
  const at = time(iso)
  return at === undefined ? undefined : Math.round((reference - at) / DAY)
}
