/**
 * @module Which recommendations break a path and which only reduce its risk. Each unhealthy finding is
 * turned into the moves its fix removes from the attack graph (`fixRemovals`): closing internet exposure
 * removes the entry moves into the resource and into what it protects, patching removes the exploit entry,
 * removing a plaintext secret removes its use, hardening a pod (when that is its only escape route)
 * removes the escape, disabling token automount removes the token use, disabling password login removes
 * the database login, blocking public access removes public reads and public copies. A finding breaks a
 * path when the path uses a move its fix removes; any other finding on the path's nodes reduces its risk.
 * The same removals drive `what-if --fix`, so "breaks" is checked by recomputing, not asserted.
 */
import type { Finding } from '../model/finding.js'
import type { AttackGraph } from './search/attack-graph.js'

type FixKind = 'exposure' | 'public-access' | 'vulnerability' | 'plaintext-secret' | 'escape' | 'token' | 'basic-auth'

const RULE_PATTERNS: readonly (readonly [RegExp, FixKind])[] = [
  [/token-automount|automount/, 'token'],
  [/plaintext|secret-on-disk|credential/, 'plaintext-secret'],
  [/vulnerab|cve|patch/, 'vulnerability'],
  [/privileged|host-pid|host-ipc|host-path|host-network|capabilit/, 'escape'],
  [/password|basic-auth|local-auth|iam-database-auth|entra-only|aad-only/, 'basic-auth'],
  [/public-read|public-access|sensitive-data-not-public|bucket-public|blob-public|publicly-available/, 'public-access'],
  [/open-to-internet|open-to-any|firewall-any|any-any|management-ports|authorized-ip|master-authorized|source-ranges|endpoint-restricted|publicly-accessible|public-ip|public-endpoint/, 'exposure'],
]

const ESCAPE_INSIGHT: readonly (readonly [RegExp, string])[] = [
  [/privileged|capabilit/, 'privileged-container'],
  [/host-pid/, 'uses-host-pid'],
  [/host-ipc/, 'uses-host-ipc'],
  [/host-path/, 'mounts-host-path'],
  [/host-network/, 'uses-host-network'],
]
const ESCAPE_INSIGHTS = new Set(['privileged-container', 'uses-host-pid', 'mounts-host-path'])

export function fixKindOf(ruleId: string): FixKind | undefined {
  for (const [pattern, kind] of RULE_PATTERNS) if (pattern.test(ruleId)) return kind
  return undefined
}

/** Nodes whose internet exposure depends on `node`: itself, what it protects, what it routes to the entry. */
function guardedBy(ag: AttackGraph, node: number): Set<number> {
  const out = new Set<number>([node])
  const { graph } = ag
  graph.forEachEdge(node, 'in', 'protected-by', (_e, protectedNode) => out.add(protectedNode))
  return out
}

/** Entry nodes whose exposure insight names `node` on its route (gateways, load balancers, services, NSGs). */
function exposedVia(ag: AttackGraph, node: number, id: string): boolean {
  for (const insight of ag.graph.nodeInsights(node)) {
    if (insight.id !== 'exposed-to-internet') continue
    const via = insight.params['via']
    if (Array.isArray(via) && via.includes(id)) return true
  }
  return false
}

/** Attack-graph move indexes the fix of `finding` removes (empty when its fix does not cut a move). */
export function fixRemovals(ag: AttackGraph, finding: Finding): number[] {
  const kind = fixKindOf(finding.ruleId)
  const node = ag.graph.indexOf(finding.nodeId)
  if (kind === undefined || node === undefined) return []
  const { offsets, to, move, edges, origin, graph } = ag
  const idOf = (k: number): string => edges[move[k]!]!.id
  const out: number[] = []
  const entryMovesInto = (nodes: Set<number>, ids: ReadonlySet<string>, viaId?: string): void => {
    for (let k = offsets[origin]!; k < offsets[origin + 1]!; k++) {
      if (!ids.has(idOf(k))) continue
      const entry = to[k]!
      if (nodes.has(entry) || (viaId !== undefined && exposedVia(ag, entry, viaId))) out.push(k)
    }
  }
  const movesFrom = (from: number, id: string): void => {
    for (let k = offsets[from]!; k < offsets[from + 1]!; k++) if (idOf(k) === id) out.push(k)
  }
  switch (kind) {
    case 'exposure':
      entryMovesInto(guardedBy(ag, node), new Set(['EXPLOIT_EXPOSED_WORKLOAD', 'OPEN_DATABASE_LOGIN', 'PUBLIC_DATA_ACCESS']), finding.nodeId)
      break
    case 'public-access': {
      entryMovesInto(new Set([node]), new Set(['PUBLIC_DATA_ACCESS']))
      // The store is no longer a public copy: replication into it stops exposing anything.
      for (let i = ag.revOffsets[node]!; i < ag.revOffsets[node + 1]!; i++) {
        const k = ag.revMoves[i]!
        if (idOf(k) === 'REPLICATE_TO_PUBLIC_COPY') out.push(k)
      }
      break
    }
    case 'vulnerability': {
      const running = new Set<number>([node])
      graph.forEachEdge(node, 'in', 'is-running', (_e, workload) => running.add(workload))
      entryMovesInto(running, new Set(['EXPLOIT_EXPOSED_WORKLOAD']))
      break
    }
    case 'plaintext-secret':
      movesFrom(node, 'USE_PLAINTEXT_SECRET')
      break
    case 'token':
      movesFrom(node, 'USE_SERVICE_ACCOUNT_TOKEN')
      break
    case 'basic-auth':
      entryMovesInto(new Set([node]), new Set(['OPEN_DATABASE_LOGIN']))
      break
    case 'escape': {
      const reasons = new Set(graph.nodeInsights(node).map((i) => i.id as string).filter((id) => ESCAPE_INSIGHTS.has(id)))
      const fixed = ESCAPE_INSIGHT.find(([pattern]) => pattern.test(finding.ruleId))?.[1]
      // Another escape route left (privileged and host PID, say) keeps the escape: only a reduction.
      if (fixed !== undefined && reasons.size === 1 && reasons.has(fixed)) movesFrom(node, 'ESCAPE_TO_NODE')
      break
    }
  }
  return out
}

export interface RecommendationRef {
  readonly findingId: string
  readonly ruleId: string
  readonly nodeId: string
  readonly severity: string
}

/** Unhealthy findings by node index, and the moves each one's fix removes. */
export interface RemediationIndex {
  readonly byNode: ReadonlyMap<number, readonly Finding[]>
  readonly removals: ReadonlyMap<string, readonly number[]>
}

export function indexFindings(ag: AttackGraph, findings: readonly Finding[]): RemediationIndex {
  const byNode = new Map<number, Finding[]>()
  const removals = new Map<string, number[]>()
  for (const finding of findings) {
    if (finding.status !== 'unhealthy' || finding.details['exemption'] !== undefined) continue
    const node = ag.graph.indexOf(finding.nodeId)
    if (node === undefined) continue
    const list = byNode.get(node)
    if (list === undefined) byNode.set(node, [finding])
    else list.push(finding)
    const cut = fixRemovals(ag, finding)
    if (cut.length > 0) removals.set(finding.id, cut)
  }
  return { byNode, removals }
}

/** Nodes whose findings matter to a path: its nodes and the guards of its entry (security groups, NSGs, route nodes). */
export function remediationNodes(ag: AttackGraph, moves: Int32Array): number[] {
  const nodes = new Set<number>()
  const entry = ag.to[moves[0]!]!
  for (const k of moves) nodes.add(ag.to[k]!)
  ag.graph.forEachEdge(entry, 'out', 'protected-by', (_e, guard) => nodes.add(guard))
  for (const insight of ag.graph.nodeInsights(entry)) {
    if (insight.id !== 'exposed-to-internet' || !Array.isArray(insight.params['via'])) continue
    for (const id of insight.params['via']) {
      const v = typeof id === 'string' ? ag.graph.indexOf(id) : undefined
      if (v !== undefined) nodes.add(v)
    }
  }
  return [...nodes]
}

export function pathRemediation(ag: AttackGraph, index: RemediationIndex, moves: Int32Array): { breaks: RecommendationRef[]; reduces: RecommendationRef[] } {
  // No unhealthy finding anywhere: nothing to look up on the path's nodes.
  if (index.byNode.size === 0) return { breaks: [], reduces: [] }
  const used = new Set(moves)
  const breaks: RecommendationRef[] = []
  const reduces: RecommendationRef[] = []
  for (const node of remediationNodes(ag, moves)) {
    for (const finding of index.byNode.get(node) ?? []) {
      const ref = { findingId: finding.id, ruleId: finding.ruleId, nodeId: finding.nodeId, severity: finding.severity }
      const cut = index.removals.get(finding.id)
      if (cut !== undefined && cut.some((k) => used.has(k))) breaks.push(ref)
      else reduces.push(ref)
    }
  }
  const byId = (a: RecommendationRef, b: RecommendationRef): number => a.findingId.localeCompare(b.findingId)
  return { breaks: breaks.sort(byId), reduces: reduces.sort(byId) }
}
