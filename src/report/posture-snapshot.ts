/**
 * @module A stored snapshot as the posture commands read it: its findings with the exemptions active now
 * (or at a given time) and governance grace periods applied, the rules that produced them, and — on demand — its graph.
 */
import { applyExemptions } from '../exemptions/apply-exemptions.js'
import type { ExemptionOutcome } from '../exemptions/apply-exemptions.js'
import { applyGovernanceGrace } from '../governance/governance-grace.js'
import { GraphBuilder } from '../graph/graph-builder.js'
import type { SecurityGraph } from '../graph/security-graph.js'
import { SkyhoundError } from '../model/errors.js'
import type { SnapshotSummary } from '../model/snapshot.js'
import type { Rule } from '../rules/define-rule.js'
import { activeRules } from '../rules/evaluate-rules.js'
import type { Store } from '../store/store.js'

export interface PostureSnapshot {
  readonly id: string
  readonly summary: SnapshotSummary
  readonly exemptions: ExemptionOutcome
  readonly rules: ReadonlyMap<string, Rule>
}

export function ruleMap(customRulesDir?: string): Map<string, Rule> {
  return new Map(activeRules(customRulesDir === undefined ? {} : { customRulesDir }).map((r) => [r.id, r]))
}

export async function resolveSnapshotId(store: Store, id: string | undefined): Promise<string> {
  const wanted = id ?? 'latest'
  const resolved = wanted === 'latest' ? await store.latestSnapshotId() : wanted
  if (resolved === undefined || (await store.getSnapshot(resolved)) === undefined) {
    throw new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', resolved === undefined ? `no snapshot in ${store.location} yet` : `no snapshot ${wanted} in ${store.location}`, {
      where: store.location,
      hint: resolved === undefined ? 'run `skyhound scan <paths>` or `skyhound demo` first' : '`skyhound snapshots list` shows the ids; `latest` names the newest',
    })
  }
  return resolved
}

export async function loadPostureSnapshot(store: Store, id: string | undefined, options: { readonly at?: Date; readonly customRulesDir?: string } = {}): Promise<PostureSnapshot> {
  const resolved = await resolveSnapshotId(store, id)
  const summary = (await store.getSnapshot(resolved))!
  const rules = ruleMap(options.customRulesDir)
  const findings = await store.loadFindings(resolved)
  const at = options.at ?? new Date()
  const applied = applyExemptions(findings, await store.exemptions.listExemptions(), at, (ruleId) => rules.get(ruleId)?.categories ?? [])
  // Governance tasks in their grace period do not count against the score until overdue (src/governance).
  const tasks = await store.governance.listTasks()
  const exemptions = tasks.length === 0 ? applied : { ...applied, findings: applyGovernanceGrace(applied.findings, tasks, at) }
  return { id: resolved, summary, exemptions, rules }
}

/** Rebuilds the snapshot's graph from the store (for scores by tag, organization roll-ups, names). */
export async function loadSnapshotGraph(store: Store, id: string): Promise<SecurityGraph> {
  const builder = new GraphBuilder()
  for await (const node of store.loadNodes(id)) builder.addNode(node)
  for await (const edge of store.loadEdges(id)) builder.addEdge(edge)
  return builder.build().graph
}
