/**
 * @module Which governance rule assigns a finding: every enabled rule whose scope and conditions match,
 * the lowest priority number winning (ties: rule id, so the choice never depends on file order).
 */
import type { Finding } from '../model/finding.js'
import type { Severity } from '../model/vocabulary.js'
import { scopesOfFinding } from './finding-context.js'
import type { FindingContext } from './finding-context.js'
import type { GovernanceRule } from './governance-rule.js'

/** A rule's view of a rule catalogue: categories per rule id. */
export type CategoriesOf = (ruleId: string) => readonly string[]

export function riskOf(finding: Finding): Severity {
  const risk = finding.details['risk']
  return risk === 'low' || risk === 'medium' || risk === 'high' || risk === 'critical' ? risk : finding.severity
}

function tagValue(tags: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (tags === undefined) return undefined
  if (key in tags) return tags[key]
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === lower) return v
  return undefined
}

export function matchesRule(rule: GovernanceRule, finding: Finding, ctx: FindingContext, categoriesOf: CategoriesOf): boolean {
  const scopes = scopesOfFinding(finding, ctx)
  const inScope = (list: readonly string[]): boolean => list.some((s) => scopes.includes(s.toLowerCase()))
  if (rule.scope.include.length > 0 && !inScope(rule.scope.include)) return false
  if (inScope(rule.scope.exclude)) return false
  const c = rule.conditions
  if (c.severities !== undefined && !c.severities.includes(finding.severity)) return false
  if (c.risks !== undefined && !c.risks.includes(riskOf(finding))) return false
  if (c.ruleIds !== undefined && !c.ruleIds.includes(finding.ruleId)) return false
  if (c.categories !== undefined) {
    const categories = categoriesOf(finding.ruleId)
    if (!c.categories.some((cat) => categories.includes(cat))) return false
  }
  if (c.tags !== undefined) {
    const tags = ctx.tagsOf(finding.nodeId)
    for (const [key, value] of Object.entries(c.tags)) {
      const actual = tagValue(tags, key)
      if (actual === undefined || (value !== '*' && actual !== value)) return false
    }
  }
  return true
}

/** Enabled rules ordered as they are tried: priority, then id. */
export function orderRules(rules: readonly GovernanceRule[]): GovernanceRule[] {
  return rules.filter((r) => r.enabled).sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The winning rule among `ordered` (from orderRules), or undefined. */
export function pickRule(ordered: readonly GovernanceRule[], finding: Finding, ctx: FindingContext, categoriesOf: CategoriesOf): GovernanceRule | undefined {
  return ordered.find((rule) => matchesRule(rule, finding, ctx, categoriesOf))
}

export { tagValue }
