/**
 * @module The score over snapshots: each point's delta from the previous one and the recommendations that
 * caused it — rules whose unhealthy resources changed, ranked by the points their change moved.
 */
import type { RecommendationImpact } from './score-types.js'

export interface ScorePoint {
  readonly snapshot: string
  readonly createdAt: string
  readonly current: number
  readonly max: number
  readonly percentage: number
  readonly recommendations: readonly RecommendationImpact[]
}

export interface ScoreDriver {
  readonly ruleId: string
  readonly unhealthyBefore: number
  readonly unhealthyAfter: number
  /** Positive when fixes added points (potential increase went down), negative when new issues cost points. */
  readonly points: number
}

export interface ScoreHistoryEntry {
  readonly snapshot: string
  readonly createdAt: string
  readonly current: number
  readonly max: number
  readonly percentage: number
  /** Percentage points since the previous snapshot; null for the first. */
  readonly delta: number | null
  readonly drivers: readonly ScoreDriver[]
}

export function scoreDrivers(before: readonly RecommendationImpact[], after: readonly RecommendationImpact[], limit = 5): ScoreDriver[] {
  const prev = new Map(before.map((r) => [r.ruleId, r]))
  const next = new Map(after.map((r) => [r.ruleId, r]))
  const drivers: ScoreDriver[] = []
  for (const ruleId of new Set([...prev.keys(), ...next.keys()])) {
    const a = prev.get(ruleId)
    const b = next.get(ruleId)
    const unhealthyBefore = a?.unhealthy ?? 0
    const unhealthyAfter = b?.unhealthy ?? 0
    const points = (a?.potentialIncrease ?? 0) - (b?.potentialIncrease ?? 0)
    if (unhealthyBefore !== unhealthyAfter || Math.abs(points) > 1e-9) drivers.push({ ruleId, unhealthyBefore, unhealthyAfter, points })
  }
  return drivers
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || Math.abs(y.unhealthyAfter - y.unhealthyBefore) - Math.abs(x.unhealthyAfter - x.unhealthyBefore) || (x.ruleId < y.ruleId ? -1 : 1))
    .slice(0, limit)
}

/** Points oldest first → history entries with deltas and drivers. */
export function scoreHistory(points: readonly ScorePoint[]): ScoreHistoryEntry[] {
  const ordered = [...points].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
  return ordered.map((point, i) => {
    const previous = i === 0 ? undefined : ordered[i - 1]
    return {
      snapshot: point.snapshot,
      createdAt: point.createdAt,
      current: point.current,
      max: point.max,
      percentage: point.percentage,
      delta: previous === undefined ? null : point.percentage - previous.percentage,
      drivers: previous === undefined ? [] : scoreDrivers(previous.recommendations, point.recommendations),
    }
  })
}
