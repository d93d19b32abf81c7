/**
 * @module Secure score points over the stored snapshots for the history routes. A point uses the score
 * record the scan stored when no exemption and no grace-period task exists; otherwise it is recomputed
 * from the snapshot's findings with the exemptions and governance grace periods in force at that
 * snapshot's time (as `skyhound score --history`). Points are cached by (snapshot, exemptions and
 * grace-period tasks in force then), so a long history costs its findings once.
 */
import { createHash } from 'node:crypto'
import { applyExemptions, exemptionState } from '../exemptions/apply-exemptions.js'
import { applyGovernanceGrace } from '../governance/governance-grace.js'
import { inGracePeriod } from '../governance/task-status.js'
import type { GovernanceTask } from '../model/governance.js'
import type { Rule } from '../rules/define-rule.js'
import { computeScoreReport } from '../score/compute-secure-score.js'
import type { ScorePoint } from '../score/score-history.js'
import type { RecommendationImpact } from '../score/score-types.js'
import type { ExemptionRecord } from '../store/exemption-store.js'
import type { Store } from '../store/store.js'

const GRACE_TTL_MS = 10_000

const isImpactList = (value: unknown): value is RecommendationImpact[] => Array.isArray(value)

export interface ScorePoints {
  /** The newest `limit` snapshots' points, oldest first. */
  points(limit: number): Promise<ScorePoint[]>
}

export function createScorePoints(store: Store, rules: ReadonlyMap<string, Rule>, maxCached = 500): ScorePoints {
  const cache = new Map<string, ScorePoint>()
  const categoriesOf = (id: string) => rules.get(id)?.categories ?? []

  /** Grace-period tasks, re-read at most every GRACE_TTL_MS (one task per unhealthy finding: many). */
  let grace: { readonly readAt: number; readonly tasks: readonly GovernanceTask[]; readonly keys: Map<string, string> } | undefined
  async function graceOf(now: number) {
    if (grace === undefined || Math.abs(now - grace.readAt) > GRACE_TTL_MS) {
      grace = { readAt: now, tasks: (await store.governance.listTasks()).filter((t) => t.gracePeriod), keys: new Map() }
    }
    return grace
  }

  async function pointOf(
    item: { id: string; createdAt: string },
    exemptions: readonly ExemptionRecord[],
    { tasks, keys }: { readonly tasks: readonly GovernanceTask[]; readonly keys: Map<string, string> },
  ): Promise<ScorePoint> {
    const at = new Date(item.createdAt)
    let graceKey = keys.get(item.id)
    if (graceKey === undefined) {
      const graced = tasks.filter((t) => inGracePeriod(t, at)).map((t) => t.id)
      graceKey = graced.length === 0 ? '' : createHash('sha1').update(graced.join('\n')).digest('hex')
      keys.set(item.id, graceKey)
    }
    const key = `${item.id}\u0000${exemptions.filter((e) => exemptionState(e, at) === 'active').map((e) => e.id).join(',')}\u0000${graceKey}`
    const cached = cache.get(key)
    if (cached !== undefined) return cached
    let point: ScorePoint | undefined
    if (exemptions.length === 0 && tasks.length === 0) {
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
      const applied = applyExemptions(await store.loadFindings(item.id), exemptions, at, categoriesOf).findings
      const findings = tasks.length === 0 ? applied : applyGovernanceGrace(applied, tasks, at)
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
      const tasks = await graceOf(Date.now())
      const items = (await store.listSnapshots({ limit })).reverse()
      const points: ScorePoint[] = []
      for (const item of items) points.push(await pointOf(item, exemptions, tasks))
      return points
    },
  }
}
