/**
 * @module Holds when the node has a finding (recommendation) in `status` (default `unhealthy`), from one of
 * `ruleIds` (any rule when absent) and of one of `severities` (any when absent).
 */
import type { FindingStatus } from '../../model/finding.js'
import type { Severity } from '../../model/vocabulary.js'
import { frozen, frozenList } from './values.js'

export interface RecommendationConditionNode {
  readonly type: 'recommendation'
  readonly properties: {
    readonly ruleIds?: readonly string[]
    readonly severities?: readonly Severity[]
    readonly status: FindingStatus
  }
}

export interface RecommendationFilter {
  readonly ruleIds?: readonly string[] | undefined
  readonly severities?: readonly Severity[] | undefined
  readonly status?: FindingStatus | undefined
}

export const RecommendationConditionNode = Object.freeze({
  create(filter: RecommendationFilter = {}): RecommendationConditionNode {
    const { ruleIds, severities } = filter
    return frozen({
      type: 'recommendation',
      properties: frozen({
        ...(ruleIds === undefined || ruleIds.length === 0 ? {} : { ruleIds: frozenList([...new Set(ruleIds)]) }),
        ...(severities === undefined || severities.length === 0 ? {} : { severities: frozenList([...new Set(severities)]) }),
        status: filter.status ?? 'unhealthy',
      }),
    })
  },
  is(node: { readonly type: string }): node is RecommendationConditionNode {
    return node.type === 'recommendation'
  },
})
