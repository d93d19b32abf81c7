/**
 * @module What an exemption covers: per resource, per recommendation (rule), or at scale by scope
 * (account, subscription, project, resource group, cluster), rule category, severity or provider. Every
 * selector given must match (AND); a selector matches when any of its values does (OR).
 */
import { z } from 'zod'
import type { Finding } from '../model/finding.js'
import type { JsonObject } from '../model/graph-types.js'
import { SEVERITIES } from '../model/vocabulary.js'

export const exemptionMatchSchema = z
  .strictObject({
    ruleIds: z.array(z.string().min(1)).min(1).optional(),
    resourceIds: z.array(z.string().min(1)).min(1).optional(),
    /** A scope id (`aws://accounts/…`, `/subscriptions/…`, a resource group id, `k8s://cluster`) or a prefix of resource ids. */
    scopes: z.array(z.string().min(1)).min(1).optional(),
    categories: z.array(z.string().min(1)).min(1).optional(),
    severities: z.array(z.enum(SEVERITIES)).min(1).optional(),
    providers: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((m) => Object.values(m).some((v) => v !== undefined), 'an exemption names at least one rule, resource, scope, category, severity or provider')

export type ExemptionMatch = z.infer<typeof exemptionMatchSchema>

/** Rule id → its categories, for category matches. */
export type RuleCategories = (ruleId: string) => readonly string[]

function inScope(finding: Finding, scope: string): boolean {
  const lower = scope.toLowerCase()
  if (finding.scope.toLowerCase() === lower) return true
  // Resource group ids and other containers are prefixes of their members' ids.
  const id = finding.nodeId.toLowerCase()
  return id === lower || id.startsWith(`${lower.replace(/\/+$/, '')}/`)
}

export function matchesFinding(match: ExemptionMatch, finding: Finding, categoriesOf: RuleCategories): boolean {
  if (match.ruleIds !== undefined && !match.ruleIds.includes(finding.ruleId)) return false
  if (match.resourceIds !== undefined && !match.resourceIds.includes(finding.nodeId)) return false
  if (match.severities !== undefined && !match.severities.includes(finding.severity)) return false
  const provider = finding.details['provider']
  if (match.providers !== undefined && !(typeof provider === 'string' && match.providers.includes(provider))) return false
  if (match.scopes !== undefined && !match.scopes.some((scope) => inScope(finding, scope))) return false
  if (match.categories !== undefined) {
    const categories = categoriesOf(finding.ruleId)
    if (!match.categories.some((c) => categories.includes(c))) return false
  }
  return true
}

export function parseMatch(value: JsonObject): ExemptionMatch {
  return exemptionMatchSchema.parse(value)
}
