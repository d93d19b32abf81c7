/**
 * @module The reference formula (defender-cspm.md §4.1): per control `current = max × healthy /
 * (healthy + unhealthy)`, controls without healthy or unhealthy resources left out; a scope scores
 * `Σ current / Σ max`; several scopes weigh each scope's ratio by its healthy + unhealthy resources.
 */
import type { ControlScore } from '../model/secure-score.js'
import { SECURITY_CONTROLS, isControlId } from '../rules/security-controls.js'
import type { ResourceControl } from './resource-tally.js'
import type { RecommendationImpact } from './score-types.js'

export interface PoolScore {
  readonly current: number
  readonly max: number
  readonly percentage: number
  /** Distinct resources healthy or unhealthy in at least one control (the scope's weight). */
  readonly resources: number
  readonly controls: ControlScore[]
  readonly recommendations: RecommendationImpact[]
}

/** One control with `healthy` and `unhealthy` resources and `max` points. */
export function controlPoints(max: number, healthy: number, unhealthy: number): { current: number; potentialIncrease: number } {
  const counted = healthy + unhealthy
  if (counted === 0) return { current: 0, potentialIncrease: 0 }
  const perResource = max / counted
  return { current: perResource * healthy, potentialIncrease: perResource * unhealthy }
}

interface ControlTally {
  healthy: number
  unhealthy: number
  notApplicable: number
}

/** Scores one pool of (control, resource) states as a single scope. */
export function scorePool(entries: readonly ResourceControl[]): PoolScore {
  const controls = new Map<string, ControlTally>()
  const resources = new Set<string>()
  const rules = new Map<string, { control: string; unhealthy: number; healthy: number; solely: number }>()
  for (const entry of entries) {
    const tally = controls.get(entry.control) ?? { healthy: 0, unhealthy: 0, notApplicable: 0 }
    controls.set(entry.control, tally)
    if (entry.unhealthyRules === undefined) {
      tally.notApplicable++
      continue
    }
    resources.add(entry.nodeId)
    if (entry.unhealthyRules.length === 0) tally.healthy++
    else tally.unhealthy++
    for (const rule of new Set(entry.unhealthyRules)) {
      const r = rules.get(rule) ?? { control: entry.control, unhealthy: 0, healthy: 0, solely: 0 }
      r.unhealthy++
      if (entry.unhealthyRules.every((other) => other === rule)) r.solely++
      rules.set(rule, r)
    }
    for (const rule of new Set(entry.healthyRules)) {
      const r = rules.get(rule) ?? { control: entry.control, unhealthy: 0, healthy: 0, solely: 0 }
      r.healthy++
      rules.set(rule, r)
    }
  }
  let current = 0
  let max = 0
  const controlScores: ControlScore[] = []
  for (const [id, tally] of [...controls].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const points = isControlId(id) ? SECURITY_CONTROLS[id].max : 0
    const { current: c, potentialIncrease } = controlPoints(points, tally.healthy, tally.unhealthy)
    if (tally.healthy + tally.unhealthy > 0) {
      current += c
      max += points
    }
    controlScores.push({
      id,
      title: isControlId(id) ? SECURITY_CONTROLS[id].title : id,
      max: points,
      current: c,
      healthy: tally.healthy,
      unhealthy: tally.unhealthy,
      notApplicable: tally.notApplicable,
      potentialIncrease,
    })
  }
  const recommendations: RecommendationImpact[] = [...rules]
    .map(([ruleId, r]) => {
      const tally = controls.get(r.control)!
      const points = isControlId(r.control) ? SECURITY_CONTROLS[r.control].max : 0
      const counted = tally.healthy + tally.unhealthy
      return { ruleId, control: r.control, unhealthy: r.unhealthy, healthy: r.healthy, potentialIncrease: counted === 0 ? 0 : (points * r.solely) / counted }
    })
    .sort((a, b) => b.potentialIncrease - a.potentialIncrease || (a.ruleId < b.ruleId ? -1 : 1))
  return { current, max, percentage: max === 0 ? 0 : (current / max) * 100, resources: resources.size, controls: controlScores, recommendations }
}

export interface WeightedScope {
  readonly current: number
  readonly max: number
  readonly resources: number
}

/** Σ weight × (current/max) / Σ weight × 100, weight = resources (0 counts as 1); scopes without points are left out. */
export function weightedPercentage(scopes: readonly WeightedScope[]): number {
  let weighted = 0
  let weights = 0
  for (const scope of scopes) {
    if (scope.max === 0) continue
    const weight = scope.resources === 0 ? 1 : scope.resources
    weighted += weight * (scope.current / scope.max)
    weights += weight
  }
  return weights === 0 ? 0 : (weighted / weights) * 100
}
