/**
 * @module Exemptions as the store keeps them (defender-cspm.md §5.4): who exempted which findings, why,
 * until when. They outlive snapshots and apply when findings are read (src/exemptions/).
 */
import type { JsonObject } from '../model/graph-types.js'

export const EXEMPTION_CATEGORIES = ['mitigated', 'waiver'] as const
export type ExemptionCategory = (typeof EXEMPTION_CATEGORIES)[number]

export const isExemptionCategory = (value: unknown): value is ExemptionCategory =>
  typeof value === 'string' && (EXEMPTION_CATEGORIES as readonly string[]).includes(value)

export interface ExemptionRecord {
  readonly id: string
  readonly name: string
  /** `mitigated`: resolved another way, counts healthy; `waiver`: risk accepted, left out of the score. */
  readonly category: ExemptionCategory
  readonly justification: string
  readonly createdBy: string
  readonly createdAt: string
  /** ISO time after which the exemption stops applying; null = no expiry. */
  readonly expiresAt: string | null
  readonly revokedAt: string | null
  /** Which findings it covers (src/exemptions/exemption-match.ts): rules, resources, scopes, categories, severities. */
  readonly match: JsonObject
}

export interface ExemptionStore {
  /** Fails with SKY_STORE_FAILURE when the id exists. */
  createExemption(exemption: ExemptionRecord): Promise<void>
  getExemption(id: string): Promise<ExemptionRecord | undefined>
  /** Every exemption, revoked and expired ones included, oldest first. */
  listExemptions(): Promise<ExemptionRecord[]>
  /** True when an active exemption was revoked now. */
  revokeExemption(id: string, at: string): Promise<boolean>
}
