/**
 * @module Insight conditions: the node carries the insight and every filter param matches. `port`
 * matches when a port spec of the insight (`443`, `8000-8100`, `*`) covers it; other params match
 * when any filter value equals the insight's value or is in its list.
 */
import type { Insight, JsonValue } from '../../model/graph-types.js'
import type { InsightConditionNode } from '../ast/insight-condition-node.js'
import type { PropertyValue, Scalar } from '../ast/values.js'

function covers(spec: JsonValue, port: number): boolean {
  if (typeof spec === 'number') return spec === port
  if (typeof spec !== 'string') return false
  const text = spec.trim().toLowerCase()
  if (text === '*' || text === 'any' || text === 'all') return true
  const match = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(text)
  if (match === null) return false
  const from = Number(match[1])
  const to = match[2] === undefined ? from : Number(match[2])
  return from <= port && port <= to
}

function asList(value: JsonValue | undefined): readonly JsonValue[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function paramMatches(insight: Insight, key: string, filter: PropertyValue): boolean {
  const wanted: readonly Scalar[] = Array.isArray(filter) ? filter : [filter as Scalar]
  if (key === 'port') {
    const specs = [...asList(insight.params['ports']), ...asList(insight.params['port'])]
    return wanted.some((port) => typeof port === 'number' && specs.some((spec) => covers(spec, port)))
  }
  const actual = asList(insight.params[key])
  return wanted.some((w) => actual.some((a) => a === w))
}

export type InsightTest = (insights: readonly Insight[]) => boolean

export function insightTestOf(condition: InsightConditionNode): InsightTest {
  const { id, params } = condition.properties
  const filters = Object.entries(params ?? {})
  return (insights) => {
    for (const insight of insights) {
      if (insight.id !== id) continue
      if (filters.every(([key, filter]) => paramMatches(insight, key, filter))) return true
    }
    return false
  }
}
