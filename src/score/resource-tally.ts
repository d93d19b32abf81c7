/**
 * @module Findings → one state per (control, resource), as the reference counts them: a resource is
 * healthy in a control only when it passes every recommendation of that control (defender-cspm.md §4.1).
 * Not-applicable, unknown and error findings do not count; a *waiver* exemption removes the finding,
 * a *mitigated* one counts it healthy, as does a governance task in its grace period; preview rules never count.
 */
import { exemptionCategoryOf } from '../exemptions/apply-exemptions.js'
import { inGovernanceGrace } from '../governance/governance-grace.js'
import type { Finding } from '../model/finding.js'

export interface ResourceControl {
  readonly nodeId: string
  readonly scope: string
  readonly provider: string
  readonly control: string
  /** Rules the resource fails in this control; empty = healthy, undefined = not applicable only. */
  unhealthyRules: string[] | undefined
  /** Rules evaluated healthy (for per-recommendation counts). */
  healthyRules: string[]
}

export interface TallyOptions {
  /** Rule ids that never count (preview rules). */
  readonly preview?: ReadonlySet<string>
}

export function tallyResources(findings: Iterable<Finding>, options: TallyOptions = {}): ResourceControl[] {
  const byKey = new Map<string, ResourceControl>()
  for (const finding of findings) {
    if (options.preview?.has(finding.ruleId) === true) continue
    const control = finding.details['control']
    if (typeof control !== 'string') continue
    let status = finding.status
    const exemption = exemptionCategoryOf(finding)
    if (exemption === 'waiver') status = 'not-applicable'
    else if (exemption === 'mitigated') status = 'healthy'
    // A governance task in its grace period: no score impact until it is overdue (src/governance).
    else if (status === 'unhealthy' && inGovernanceGrace(finding)) status = 'healthy'
    const key = `${control}\u0000${finding.nodeId}`
    let entry = byKey.get(key)
    if (entry === undefined) {
      entry = { nodeId: finding.nodeId, scope: finding.scope, provider: typeof finding.details['provider'] === 'string' ? finding.details['provider'] : '', control, unhealthyRules: undefined, healthyRules: [] }
      byKey.set(key, entry)
    }
    if (status === 'unhealthy') (entry.unhealthyRules ??= []).push(finding.ruleId)
    else if (status === 'healthy') {
      entry.unhealthyRules ??= []
      entry.healthyRules.push(finding.ruleId)
    }
  }
  return [...byKey.values()]
}
