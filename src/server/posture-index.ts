/**
 * @module The findings side of a snapshot as the posture routes read it, built once per (snapshot,
 * exemptions in force, governance tasks in their grace period) and kept in memory: findings with
 * exemptions and grace periods applied, unhealthy ones ranked by risk, per-rule tallies, the score
 * report. Routes then page and aggregate in memory instead of reading every finding of a 1M-resource
 * snapshot per request. A changed, expired or revoked exemption (through the API or the CLI) changes
 * the key, so the next request rebuilds; grace periods are re-read every few seconds (tasks are many).
 */
import { createHash } from 'node:crypto'
import { applyExemptions, exemptionCategoryOf, exemptionState } from '../exemptions/apply-exemptions.js'
import { applyGovernanceGrace } from '../governance/governance-grace.js'
import { inGracePeriod } from '../governance/task-status.js'
import type { GovernanceTask } from '../model/governance.js'
import type { Finding } from '../model/finding.js'
import type { Severity } from '../model/vocabulary.js'
import { str } from '../report/export-input.js'
import { byRisk, filterFindings } from '../report/finding-filter.js'
import type { FindingFilter } from '../report/finding-filter.js'
import { ruleMap } from '../report/posture-snapshot.js'
import type { Rule } from '../rules/define-rule.js'
import { computeScoreReport } from '../score/compute-secure-score.js'
import { tallyResources } from '../score/resource-tally.js'
import type { ResourceControl } from '../score/resource-tally.js'
import type { ScoreReport } from '../score/score-types.js'
import type { ExemptionRecord } from '../store/exemption-store.js'
import type { Store } from '../store/store.js'
import type { GraphSource, LoadedSnapshot } from './graph-source.js'
import { snapshotFindings } from './snapshot-findings.js'

export interface RuleTally {
  unhealthy: number
  healthy: number
  notApplicable: number
  /** Unhealthy findings an exemption covers (not counted in `unhealthy`). */
  exempted: number
  /** unknown and error findings. */
  undetermined: number
  /** Highest risk level among the unhealthy, not exempted findings. */
  maxRisk: Severity | undefined
}

export interface PostureIndex {
  readonly snapshot: LoadedSnapshot
  /** Every finding, exemptions applied: unhealthy ones first by risk, then the rest in store order. */
  readonly findings: readonly Finding[]
  /** The unhealthy prefix of `findings` (exempted ones included): what the default lists scan. */
  readonly unhealthy: readonly Finding[]
  /** Findings of each rule, in the order of `findings`. */
  readonly byRule: ReadonlyMap<string, readonly Finding[]>
  readonly tallies: ReadonlyMap<string, RuleTally>
  readonly report: ScoreReport
  /** Per (control, resource) states, for scope selectors; computed on first use (seconds at 1M resources). */
  entries(): readonly ResourceControl[]
  /** Distinct scopes of `entries()` (what a selector may name). */
  scopeIds(): readonly string[]
  readonly rules: ReadonlyMap<string, Rule>
  readonly exemptions: { readonly active: number; readonly expired: readonly string[] }
  /** Filtered views by filter key (a few recent ones: paging through a list re-uses its filter). */
  filtered(filter: FindingFilter & { readonly controls?: readonly string[] }): readonly Finding[]
}

const RISK_RANK: Readonly<Record<string, number>> = { critical: 3, high: 2, medium: 1, low: 0 }

export const riskOf = (finding: Finding): Severity => {
  const risk = finding.details['risk']
  return typeof risk === 'string' && risk in RISK_RANK ? (risk as Severity) : finding.severity
}

export const isExempted = (finding: Finding): boolean => exemptionCategoryOf(finding) !== undefined

function tallyOf(findings: readonly Finding[]): RuleTally {
  const tally: RuleTally = { unhealthy: 0, healthy: 0, notApplicable: 0, exempted: 0, undetermined: 0, maxRisk: undefined }
  for (const f of findings) {
    if (isExempted(f)) tally.exempted++
    else if (f.status === 'unhealthy') {
      tally.unhealthy++
      const risk = riskOf(f)
      if (tally.maxRisk === undefined || RISK_RANK[risk]! > RISK_RANK[tally.maxRisk]!) tally.maxRisk = risk
    } else if (f.status === 'healthy') tally.healthy++
    else if (f.status === 'not-applicable') tally.notApplicable++
    else tally.undetermined++
  }
  return tally
}

const FILTER_CACHE = 8

export function buildPostureIndex(
  snapshot: LoadedSnapshot,
  stored: readonly Finding[],
  exemptionList: readonly ExemptionRecord[],
  rules: ReadonlyMap<string, Rule>,
  at: Date,
  graceTasks: readonly GovernanceTask[] = [],
): PostureIndex {
  const outcome = applyExemptions(stored, exemptionList, at, (id) => rules.get(id)?.categories ?? [])
  // Tasks in their grace period do not count against the score until overdue (src/governance); their findings stay unhealthy in lists.
  const applied = graceTasks.length === 0 ? outcome.findings : applyGovernanceGrace(outcome.findings, graceTasks, at)
  const unhealthy: Finding[] = []
  const rest: Finding[] = []
  for (const f of applied) (f.status === 'unhealthy' ? unhealthy : rest).push(f)
  unhealthy.sort(byRisk)
  const findings = unhealthy.concat(rest)
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) {
    const list = byRule.get(f.ruleId)
    if (list === undefined) byRule.set(f.ruleId, [f])
    else list.push(f)
  }
  const tallies = new Map([...byRule].map(([id, list]) => [id, tallyOf(list)]))
  const report = computeScoreReport(snapshot.graph, findings)
  let entries: ResourceControl[] | undefined
  let scopeIds: string[] | undefined
  const cache = new Map<string, readonly Finding[]>()
  return {
    snapshot,
    findings,
    unhealthy,
    byRule,
    tallies,
    report,
    entries: () => (entries ??= tallyResources(findings)),
    scopeIds() {
      entries ??= tallyResources(findings)
      return (scopeIds ??= [...new Set(entries.map((e) => e.scope))])
    },
    rules,
    exemptions: { active: outcome.active.length, expired: outcome.expired.map((e) => e.id) },
    filtered(filter) {
      const key = JSON.stringify(filter)
      const hit = cache.get(key)
      if (hit !== undefined) {
        cache.delete(key)
        cache.set(key, hit)
        return hit
      }
      const statuses = filter.statuses ?? ['unhealthy']
      // Lists of unhealthy findings only need the unhealthy prefix, a fraction of the findings (exempted
      // ones may also be unknown or error findings, so they take the full list).
      const base = statuses.every((s) => s === 'unhealthy') ? unhealthy : findings
      const single = filter.rules?.length === 1 ? (byRule.get(filter.rules[0]!) ?? []) : base
      let out = filterFindings(single, filter)
      if (filter.controls !== undefined && filter.controls.length > 0) {
        const controls = new Set(filter.controls)
        out = out.filter((f) => controls.has(str(f.details['control'])))
      }
      cache.set(key, out)
      if (cache.size > FILTER_CACHE) cache.delete(cache.keys().next().value!)
      return out
    },
  }
}

/** Identity of the exemptions in force at `at`: the cache key part that changes when one starts or stops applying. */
function exemptionKey(exemptions: readonly ExemptionRecord[], at: Date): string {
  return exemptions
    .filter((e) => exemptionState(e, at) === 'active')
    .map((e) => e.id)
    .join(',')
}

/** How long the grace-period tasks read from the store are reused (ms): tasks number one per unhealthy finding. */
const GRACE_TTL_MS = 10_000

/** Identity of the tasks in their grace period at `at` (a digest: there may be hundreds of thousands). */
function graceKey(tasks: readonly GovernanceTask[], at: Date): string {
  const ids = tasks.filter((t) => inGracePeriod(t, at)).map((t) => t.id)
  return ids.length === 0 ? '' : createHash('sha1').update(ids.join('\n')).digest('hex')
}

export interface PostureSource {
  get(snapshot: string): Promise<PostureIndex>
}

/** Keeps the indexes of the last few snapshots asked for (current plus ones being compared or paged). */
export function createPostureSource(store: Store, graphs: GraphSource, options: { readonly keep?: number; readonly now?: () => Date } = {}): PostureSource {
  const keep = options.keep ?? 3
  const now = options.now ?? (() => new Date())
  const rules = ruleMap()
  const cache = new Map<string, Promise<PostureIndex>>()
  /** Built indexes by key, so `latest` can tell a ready index from one still loading. */
  const ready = new Map<string, PostureIndex>()
  /** The index `latest` answered last: it keeps answering while a newer snapshot's index builds. */
  let latest: PostureIndex | undefined
  let grace: { readonly readAt: number; readonly tasks: readonly GovernanceTask[] } | undefined
  async function graceTasks(at: Date): Promise<readonly GovernanceTask[]> {
    if (grace === undefined || Math.abs(at.getTime() - grace.readAt) > GRACE_TTL_MS) {
      grace = { readAt: at.getTime(), tasks: (await store.governance.listTasks()).filter((t) => t.gracePeriod) }
    }
    return grace.tasks
  }
  return {
    async get(id) {
      const snapshot = await graphs.get(id)
      const at = now()
      const exemptions = await store.exemptions.listExemptions()
      const tasks = await graceTasks(at)
      const key = `${snapshot.id}\u0000${exemptionKey(exemptions, at)}\u0000${graceKey(tasks, at)}`
      let pending = cache.get(key)
      if (pending === undefined) {
        pending = snapshotFindings(store, snapshot).then((stored) => {
          const index = buildPostureIndex(snapshot, stored, exemptions, rules, at, tasks)
          if (cache.has(key)) ready.set(key, index)
          return index
        })
        pending.catch(() => cache.delete(key))
        for (const old of cache.keys()) {
          if (old.startsWith(`${snapshot.id}\u0000`)) {
            cache.delete(old)
            ready.delete(old)
          }
        }
      } else cache.delete(key)
      cache.set(key, pending)
      while (cache.size > keep) {
        const oldest = cache.keys().next().value!
        cache.delete(oldest)
        ready.delete(oldest)
      }
      if (id !== 'latest') return pending
      const built = ready.get(key)
      // A newer snapshot's findings load in the background while the previous snapshot keeps answering
      // (as its graph did); a change of exemptions on the same snapshot waits, so it shows at once.
      if (built === undefined && latest !== undefined && latest.snapshot.id !== snapshot.id) {
        pending.then((index) => (latest = index)).catch(() => undefined)
        return latest
      }
      latest = built ?? (await pending)
      return latest
    },
  }
}

const sources = new WeakMap<GraphSource, PostureSource>()

/** One posture source per graph source (one per app), shared by every posture route of that app. */
export function postureSourceOf(store: Store, graphs: GraphSource): PostureSource {
  let source = sources.get(graphs)
  if (source === undefined) {
    source = createPostureSource(store, graphs)
    sources.set(graphs, source)
  }
  return source
}
