/**
 * @module Findings by node, for recommendation conditions. Built once per findings array and kept while
 * the array lives, so a server running many queries over one snapshot indexes it once.
 */
import type { Finding } from '../../model/finding.js'
import type { RecommendationConditionNode } from '../ast/recommendation-condition-node.js'

const CACHE = new WeakMap<readonly Finding[], ReadonlyMap<string, readonly Finding[]>>()

export function findingsByNode(findings: readonly Finding[]): ReadonlyMap<string, readonly Finding[]> {
  let index = CACHE.get(findings)
  if (index === undefined) {
    const map = new Map<string, Finding[]>()
    for (const finding of findings) {
      let list = map.get(finding.nodeId)
      if (list === undefined) map.set(finding.nodeId, (list = []))
      list.push(finding)
    }
    index = map
    CACHE.set(findings, index)
  }
  return index
}

export type RecommendationTest = (nodeId: string) => boolean

export function recommendationTestOf(condition: RecommendationConditionNode, byNode: ReadonlyMap<string, readonly Finding[]>): RecommendationTest {
  const { ruleIds, severities, status } = condition.properties
  const rules = ruleIds === undefined ? undefined : new Set(ruleIds)
  const levels = severities === undefined ? undefined : new Set<string>(severities)
  return (nodeId) => {
    const list = byNode.get(nodeId)
    if (list === undefined) return false
    return list.some(
      (f) => f.status === status && (rules === undefined || rules.has(f.ruleId)) && (levels === undefined || levels.has(f.severity)),
    )
  }
}
