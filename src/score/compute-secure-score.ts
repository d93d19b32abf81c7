/** @module The secure score of a snapshot (reference formula, defender-cspm.md §4.2). */
import type { GraphView } from '../graph/graph-view.js'
import type { Finding } from '../model/finding.js'
import type { SecureScore } from '../model/secure-score.js'

// TODO(#5): controls, per-scope scores and weighting replace this seam's body.
export function computeSecureScore(_graph: GraphView, _findings: readonly Finding[]): SecureScore | null {
  return null
}
