/**
 * @module Secure score points over the stored snapshots for the history routes. A point uses the score
 * record the scan stored when no exemption ever existed; otherwise it is recomputed from the snapshot's
 * findings with the exemptions in force at that snapshot's time. Points are cached by (snapshot,
 * exemptions in force then), so a long history costs its findings once.
 */
import { applyExemptions, exemptionState } from '../exemptions/apply-exemptions.js'
import type { Rule } from '../rules/define-rule.js'
import { computeScoreReport } from '../score/compute-secure-score.js'
import type { ScorePoint } from '../score/score-history.js'
import type { RecommendationImpact } from '../score/score-types.js'
import type { ExemptionRecord } from '../store/exemption-store.js'
import type { Store } from '../store/store.js'

const isImpactList = (value: unknown): value is RecommendationImpact[] => Array.isArray(value)

export interface ScorePoints {
  /** The newest `limit` snapshots' points, oldest first. */
  points(limit: number): Promise<ScorePoint[]>
}

export function createScorePoints(store: Store, rules: ReadonlyMap<string, Rule>, maxCached = 500): ScorePoints {
  const cache = new Map<string, ScorePoint>()
  const categoriesOf = (id: string) => rules.get(id)?.categories ?? []

  async function pointOf(item: { id: string; createdAt: string }, exemptions: readonly ExemptionRecord[]): Promise<ScorePoint> {
    const at = new Date(item.createdAt)
    const key = `${item.id}\u0000${exemptions.filter((e) => exemptionState(e, at) === 'active').map((e) => e.id).join(',')}`
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    let point: ScorePoint | undefined
    if (exemptions.length === 0) {
      const stored = (await store.loadRecords(item.id, 'score'))[0]?.data
      const recommendations = stored?.['recommendations']
      if (stored !== undefined && isImpactList(recommendations)) {
        point = {
          snapshot: item.id,
          createdAt: item.createdAt,
          current: Number(stored['current']),
          max: Number(stored['max']),
          percentage: Number(stored['percentage']),
          recommendations,
        }
      }
    }
    if (point === undefined) {
      const findings = applyExemptions(await store.loadFindings(item.id), exemptions, at, categoriesOf).findings
      const report = computeScoreReport(undefined, findings, { resourceGroups: false })
      point = { snapshot: item.id, createdAt: item.createdAt, current: report.current, max: report.max, percentage: report.percentage, recommendations: report.recommendations }
    }
    cache.set(key, point)
    if (cache.size > maxCached) cache.delete(cache.keys().next().value!)
    return point
  }

  return {
    async points(limit) {
      const exemptions = await store.exemptions.listExemptions()
      const items = (await store.listSnapshots({ limit })).reverse()
      const points: ScorePoint[] = []
      for (const item of items) points.push(await pointOf(item, exemptions))
      return points
    },
  }
}
