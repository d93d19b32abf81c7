/** @module Filters and groupings of findings shared by `skyhound findings` and `skyhound export`. */
import type { Finding } from '../model/finding.js'
import { str } from './export-input.js'

export interface FindingFilter {
  readonly providers?: readonly string[]
  readonly severities?: readonly string[]
  readonly risks?: readonly string[]
  readonly rules?: readonly string[]
  /** Scope ids, or prefixes of resource ids (resource groups). */
  readonly scopes?: readonly string[]
  /** Finding statuses, plus `exempted`; default: unhealthy findings that are not exempted. */
  readonly statuses?: readonly string[]
  /** Case-insensitive substring of the resource id or name. */
  readonly resource?: string
}

const exempted = (f: Finding): boolean => f.details['exemption'] !== undefined

function statusMatches(f: Finding, statuses: readonly string[]): boolean {
  if (statuses.includes('exempted') && exempted(f)) return true
  return statuses.includes(f.status) && !(f.status === 'unhealthy' && exempted(f) && !statuses.includes('exempted'))
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const statuses = filter.statuses ?? ['unhealthy']
  const needle = filter.resource?.toLowerCase()
  return findings.filter((f) => {
    if (!statusMatches(f, statuses)) return false
    if (filter.providers !== undefined && !filter.providers.includes(str(f.details['provider']))) return false
    if (filter.severities !== undefined && !filter.severities.includes(f.severity)) return false
    if (filter.risks !== undefined && !filter.risks.includes(str(f.details['risk']) || f.severity)) return false
    if (filter.rules !== undefined && !filter.rules.includes(f.ruleId)) return false
    if (filter.scopes !== undefined) {
      const id = f.nodeId.toLowerCase()
      if (!filter.scopes.some((s) => f.scope === s || id.startsWith(`${s.toLowerCase()}/`))) return false
    }
    if (needle !== undefined && !f.nodeId.toLowerCase().includes(needle) && !str(f.details['name']).toLowerCase().includes(needle)) return false
    return true
  })
}

const RISK_ORDER = ['critical', 'high', 'medium', 'low']

const riskScore = (f: Finding): number => (typeof f.details['riskScore'] === 'number' ? f.details['riskScore'] : 0)

/** Highest risk first (level, then score), then rule and resource: the order of the reference system's risk view. */
export function byRisk(a: Finding, b: Finding): number {
  const ra = RISK_ORDER.indexOf(str(a.details['risk']) || a.severity)
  const rb = RISK_ORDER.indexOf(str(b.details['risk']) || b.severity)
  return ra - rb || riskScore(b) - riskScore(a) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0)
}

export interface FindingGroup {
  readonly key: string
  readonly count: number
  readonly findings: readonly Finding[]
}

export function groupFindings(findings: readonly Finding[], by: 'rule' | 'resource'): FindingGroup[] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    const key = by === 'rule' ? f.ruleId : f.nodeId
    const list = groups.get(key)
    if (list === undefined) groups.set(key, [f])
    else list.push(f)
  }
  return [...groups].map(([key, list]) => ({ key, count: list.length, findings: list })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
}
