/**
 * @module Holds when the node carries an insight, optionally with parameters: `port` (covered by the
 * insight's port list), and any other key compared with the insight's own param (list membership or equality).
 */
import type { InsightId } from '../../model/vocabulary.js'
import { frozen, frozenList } from './values.js'
import type { PropertyValue } from './values.js'

export type InsightParams = Readonly<Record<string, PropertyValue>>

export interface InsightConditionNode {
  readonly type: 'insight'
  readonly properties: {
    readonly id: InsightId
    readonly params?: InsightParams
  }
}

/** Keys sorted, lists frozen: two equal filters are one canonical object. */
function canonicalParams(params: InsightParams): InsightParams {
  const out: Record<string, PropertyValue> = {}
  for (const key of Object.keys(params).sort()) {
    const value = params[key]!
    out[key] = Array.isArray(value) ? frozenList(value) : value
  }
  return frozen(out)
}

export const InsightConditionNode = Object.freeze({
  create(id: InsightId, params?: InsightParams): InsightConditionNode {
    const hasParams = params !== undefined && Object.keys(params).length > 0
    return frozen({
      type: 'insight',
      properties: frozen({ id, ...(hasParams ? { params: canonicalParams(params) } : {}) }),
    })
  },
  is(node: { readonly type: string }): node is InsightConditionNode {
    return node.type === 'insight'
  },
})
