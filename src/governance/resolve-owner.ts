/**
 * @module Who owns a finding under a rule. Order: the rule's tag key on the resource, then on its resource
 * group, then on its account/subscription/project; then the rule's scope → owner mapping (most specific
 * scope first); then the rule's email; else nobody (the task stays unassigned).
 */
import type { Finding } from '../model/finding.js'
import { resourceGroupOf } from '../score/score-scopes.js'
import { scopesOfFinding } from './finding-context.js'
import type { FindingContext } from './finding-context.js'
import type { GovernanceRule } from './governance-rule.js'
import { tagValue } from './match-rule.js'

export type OwnerSource = 'resource-tag' | 'resource-group-tag' | 'account-tag' | 'mapping' | 'email'

export interface ResolvedOwner {
  readonly owner: string
  readonly source: OwnerSource
}

export function resolveOwner(rule: GovernanceRule, finding: Finding, ctx: FindingContext): ResolvedOwner | null {
  const key = rule.owner.tag
  if (key !== undefined) {
    const rg = resourceGroupOf(finding.nodeId)
    const chain: [string | undefined, OwnerSource][] = [
      [finding.nodeId, 'resource-tag'],
      [rg, 'resource-group-tag'],
      [finding.scope === '' ? undefined : finding.scope, 'account-tag'],
    ]
    for (const [id, source] of chain) {
      if (id === undefined) continue
      const value = tagValue(ctx.tagsOf(id), key)?.trim()
      if (value !== undefined && value !== '') return { owner: value, source }
    }
  }
  const mapping = rule.owner.mapping
  if (mapping !== undefined) {
    const lowered = new Map(Object.entries(mapping).map(([scope, owner]) => [scope.toLowerCase(), owner]))
    for (const scope of scopesOfFinding(finding, ctx)) {
      const owner = lowered.get(scope)
      if (owner !== undefined) return { owner, source: 'mapping' }
    }
  }
  return rule.owner.email === undefined ? null : { owner: rule.owner.email, source: 'email' }
}
