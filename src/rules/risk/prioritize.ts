/**
 * @module Risk prioritization (docs/risk.md): a finding's risk level is its rule's severity raised by the
 * context of its resource. Each factor adds a weight; every full point raises the level by one, up to
 * critical. Factors: internet exposure (wide 1, narrow ½) or anonymous access (1), sensitive data (1;
 * insight or classification tag), critical resource (1, or ½ for `high`; insight or criticality tag), lateral movement (1: write/admin permissions, role assumption
 * or admin rights from the resource or the identity it runs as), attack paths through it (1).
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { AttackPath } from '../../model/attack-path.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { Finding } from '../../model/finding.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { criticality, sensitiveData } from '../resource-context.js'
import type { Severity } from '../../model/vocabulary.js'

export const RISK_FACTORS = {
  'internet-exposure': 'Reachable from the internet (wide: any address; narrow: specific public ranges)',
  'public-access': 'Data or service readable anonymously',
  'sensitive-data': 'Holds data classified as sensitive',
  'critical-resource': 'Marked business-critical',
  'lateral-movement': 'Can write to or administer other resources, or assume other identities',
  'attack-path': 'Part of at least one attack path',
} as const
export type RiskFactorId = keyof typeof RISK_FACTORS

export interface RiskFactor {
  readonly factor: RiskFactorId
  readonly weight: number
  readonly detail: string
}

export interface RiskAssessment {
  readonly risk: Severity
  readonly score: number
  readonly factors: readonly RiskFactor[]
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

function exposureFactor(graph: GraphView, node: number): RiskFactor | undefined {
  let best: RiskFactor | undefined
  for (const insight of graph.nodeInsights(node)) {
    if (insight.id === 'exposed-to-internet') {
      const wide = insight.params['width'] !== 'narrow'
      const ports = strings(insight.params['ports'])
      const candidate: RiskFactor = {
        factor: 'internet-exposure',
        weight: wide ? 1 : 0.5,
        detail: `${wide ? 'wide' : 'narrow'}${ports.length > 0 ? ` on ${ports.join(', ')}` : ''}`,
      }
      if (best === undefined || candidate.weight > best.weight) best = candidate
    } else if (insight.id === 'allows-public-access' && (best === undefined || best.weight < 1)) {
      best = { factor: 'public-access', weight: 1, detail: strings(insight.params['via']).join(', ') || 'anonymous access' }
    }
  }
  return best
}

const MOVING_LEVELS = new Set(['write', 'admin'])

/** Identities whose rights the resource carries: itself and what it runs as (instance → profile → role). */
function actingIdentities(graph: GraphView, node: number): number[] {
  const seen = new Set<number>([node])
  let frontier = [node]
  for (let hop = 0; hop < 3 && frontier.length > 0; hop++) {
    frontier = frontier.flatMap((n) => graph.neighbours(n, 'out', 'can-authenticate-as')).filter((n) => !seen.has(n))
    for (const n of frontier) seen.add(n)
  }
  return [...seen]
}

function lateralFactor(graph: GraphView, node: number): RiskFactor | undefined {
  const reasons = new Set<string>()
  for (const identity of actingIdentities(graph, node)) {
    if (graph.nodeInsights(identity).some((i) => i.id === 'has-admin-permissions')) reasons.add(`${graph.nodeName(identity)} is an administrator`)
    if (graph.degree(identity, 'out', 'can-assume') > 0) reasons.add(`${graph.nodeName(identity)} can assume other identities`)
    let writes = 0
    graph.forEachEdge(identity, 'out', 'has-permission-to', (edge) => {
      const level = graph.edgeProps(edge)['level']
      if (typeof level === 'string' && MOVING_LEVELS.has(level)) writes++
    })
    if (writes > 0) reasons.add(`${graph.nodeName(identity)} can write to ${writes} resource${writes === 1 ? '' : 's'}`)
  }
  return reasons.size === 0 ? undefined : { factor: 'lateral-movement', weight: 1, detail: [...reasons].slice(0, 3).join('; ') }
}

function contextFactors(graph: GraphView, node: number, pathCount: number): RiskFactor[] {
  const factors: RiskFactor[] = []
  const exposure = exposureFactor(graph, node)
  if (exposure !== undefined) factors.push(exposure)
  const sensitive = sensitiveData(graph, node)
  if (sensitive !== undefined) factors.push({ factor: 'sensitive-data', weight: 1, detail: sensitive })
  const level = criticality(graph, node)
  if (level === 'critical' || level === 'high') factors.push({ factor: 'critical-resource', weight: level === 'critical' ? 1 : 0.5, detail: `criticality ${level}` })
  const lateral = lateralFactor(graph, node)
  if (lateral !== undefined) factors.push(lateral)
  if (pathCount > 0) factors.push({ factor: 'attack-path', weight: 1, detail: `${pathCount} attack path${pathCount === 1 ? '' : 's'}` })
  return factors
}

export function riskLevel(severity: Severity, factors: readonly RiskFactor[]): RiskAssessment {
  const base = SEVERITIES.indexOf(severity)
  const raise = factors.reduce((sum, f) => sum + f.weight, 0)
  const level = Math.min(SEVERITIES.length - 1, base + Math.floor(raise))
  return { risk: SEVERITIES[level]!, score: base + 1 + raise, factors }
}

/** Node id → number of attack paths whose entry, target or steps touch it. */
export function pathMembership(paths: readonly AttackPath[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const path of paths) {
    const nodes = new Set<string>([path.entry.id, path.target.id])
    for (const step of path.steps) {
      nodes.add(step.from)
      nodes.add(step.to)
    }
    for (const id of nodes) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** Unhealthy findings get `details.risk`, `details.riskScore` and `details.riskFactors`; others pass through. */
export function prioritize(findings: readonly Finding[], graph: GraphView, paths: readonly AttackPath[]): Finding[] {
  const membership = pathMembership(paths)
  const factorCache = new Map<number, RiskFactor[]>()
  return findings.map((finding) => {
    if (finding.status !== 'unhealthy') return finding
    const node = graph.indexOf(finding.nodeId)
    let factors: RiskFactor[] = []
    if (node !== undefined) {
      factors = factorCache.get(node) ?? contextFactors(graph, node, membership.get(finding.nodeId) ?? 0)
      factorCache.set(node, factors)
    }
    const assessment = riskLevel(finding.severity, factors)
    const details: JsonObject = {
      ...finding.details,
      ...(node === undefined ? {} : { kind: graph.nodeKind(node), name: graph.nodeName(node) }),
      risk: assessment.risk,
      riskScore: assessment.score,
      riskFactors: assessment.factors.map((f) => ({ factor: f.factor, weight: f.weight, detail: f.detail })),
      attackPaths: membership.get(finding.nodeId) ?? 0,
    }
    return { ...finding, details }
  })
}
