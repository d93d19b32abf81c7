/** @module Secure score results (reference formula, defender-cspm.md §4). */

export interface ControlScore {
  readonly id: string
  readonly title: string
  readonly max: number
  readonly current: number
  readonly healthy: number
  readonly unhealthy: number
  readonly notApplicable: number
  /** Points gained if every unhealthy resource were fixed. */
  readonly potentialIncrease: number
}

export interface ScopeScore {
  readonly scope: string
  readonly current: number
  readonly max: number
  readonly percentage: number
  readonly resources: number
}

export interface SecureScore {
  /** Across all scopes, weighted by resource count. */
  readonly current: number
  readonly max: number
  readonly percentage: number
  readonly controls: readonly ControlScore[]
  readonly scopes: readonly ScopeScore[]
}
