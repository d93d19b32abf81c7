/** @module Findings (rule evaluations) and the summaries that the JSON contract prints. */
import type { JsonObject } from './graph-types.js'
import type { Severity } from './vocabulary.js'

export const FINDING_STATUSES = ['healthy', 'unhealthy', 'not-applicable', 'unknown', 'error'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

export interface Finding {
  /** Stable across scans: `<rule id>|<node id>`. */
  readonly id: string
  readonly ruleId: string
  readonly nodeId: string
  readonly status: FindingStatus
  readonly severity: Severity
  readonly message: string
  readonly scope: string
  /** Later stages add risk level and factors, exemption state, governance assignment. */
  readonly details: JsonObject
}
