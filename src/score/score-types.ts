/**
 * @module The score report: the model's SecureScore (what the summary prints) extended with what the
 * CLI, exports and history need: scope kinds and names, per-scope controls, per-recommendation impact.
 */
import type { ControlScore, ScopeScore, SecureScore } from '../model/secure-score.js'

export type ScoreScopeKind = 'all' | 'account' | 'organization' | 'resource-group' | 'tag' | 'provider' | 'filter'

/** What fixing every unhealthy resource of one recommendation (rule) would add. */
export interface RecommendationImpact {
  readonly ruleId: string
  readonly control: string
  readonly unhealthy: number
  readonly healthy: number
  /** Points gained: resources unhealthy in the control only because of this rule, times the control's points per resource. */
  readonly potentialIncrease: number
}

export interface ScopeScoreDetail extends ScopeScore {
  readonly kind: ScoreScopeKind
  readonly name: string
  readonly controls: readonly ControlScore[]
}

export interface ScoreReport extends SecureScore {
  readonly scopes: readonly ScopeScoreDetail[]
  readonly recommendations: readonly RecommendationImpact[]
  /** Exemptions applied when the report was computed. */
  readonly exemptions?: { readonly active: number; readonly expired: readonly string[] }
}
