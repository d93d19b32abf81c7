/** @module Attack path search: entry points → moves → crown jewels (ARCHITECTURE.md §4). */
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'

// TODO(#6): the attack edge catalogue and search replace this seam's body.
export function findAttackPaths(_graph: GraphView, _findings: readonly Finding[]): AttackPath[] {
  return []
}
