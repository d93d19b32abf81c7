/**
 * @module Applies exemptions to findings as of a time: an active one (created, not revoked, not expired)
 * marks the findings it covers with `details.exemption`; the score then counts *mitigated* findings as
 * healthy and leaves *waived* ones out. Expired exemptions stop applying and are listed.
 */
import type { Finding } from '../model/finding.js'
import type { ExemptionRecord } from '../store/exemption-store.js'
import { matchesFinding, parseMatch } from './exemption-match.js'
import type { ExemptionMatch, RuleCategories } from './exemption-match.js'

export type ExemptionState = 'active' | 'expired' | 'revoked' | 'pending'

/** State of an exemption at `at` (pending: created after `at`, e.g. for an older snapshot). */
export function exemptionState(exemption: ExemptionRecord, at: Date): ExemptionState {
  const time = at.getTime()
  if (exemption.revokedAt !== null && Date.parse(exemption.revokedAt) <= time) return 'revoked'
  if (Date.parse(exemption.createdAt) > time) return 'pending'
  if (exemption.expiresAt !== null && Date.parse(exemption.expiresAt) <= time) return 'expired'
  return 'active'
}

/** Statuses an exemption changes: a healthy or not-applicable finding has nothing to exempt. */
const EXEMPTIBLE = new Set(['unhealthy', 'unknown', 'error'])

export interface ExemptionOutcome {
  readonly findings: Finding[]
  readonly active: readonly ExemptionRecord[]
  readonly expired: readonly ExemptionRecord[]
  /** Findings each active exemption covers, by exemption id. */
  readonly covered: ReadonlyMap<string, number>
}

export function applyExemptions(findings: readonly Finding[], exemptions: readonly ExemptionRecord[], at: Date, categoriesOf: RuleCategories): ExemptionOutcome {
  const active = exemptions.filter((e) => exemptionState(e, at) === 'active')
  const expired = exemptions.filter((e) => exemptionState(e, at) === 'expired')
  const matches: [ExemptionRecord, ExemptionMatch][] = active.map((e) => [e, parseMatch(e.match)])
  const covered = new Map<string, number>(active.map((e) => [e.id, 0]))
  const out = findings.map((finding) => {
    if (!EXEMPTIBLE.has(finding.status) || matches.length === 0) return finding
    // A mitigation wins over a waiver: it is the stronger statement (the risk is handled).
    let chosen: ExemptionRecord | undefined
    for (const [exemption, match] of matches) {
      if (!matchesFinding(match, finding, categoriesOf)) continue
      if (chosen === undefined || (chosen.category === 'waiver' && exemption.category === 'mitigated')) chosen = exemption
    }
    if (chosen === undefined) return finding
    covered.set(chosen.id, (covered.get(chosen.id) ?? 0) + 1)
    return {
      ...finding,
      details: {
        ...finding.details,
        exemption: { id: chosen.id, name: chosen.name, category: chosen.category, expiresAt: chosen.expiresAt, createdBy: chosen.createdBy },
      },
    }
  })
  return { findings: out, active, expired, covered }
}

/** The exemption category on a finding, if an exemption covers it. */
export function exemptionCategoryOf(finding: Finding): 'mitigated' | 'waiver' | undefined {
  const exemption = finding.details['exemption']
  if (typeof exemption !== 'object' || exemption === null || Array.isArray(exemption)) return undefined
  const category = exemption['category']
  return category === 'mitigated' || category === 'waiver' ? category : undefined
}
