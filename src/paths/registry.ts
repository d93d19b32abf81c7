/**
 * @module The attack edge registry: `verify()` enforces the invariants reviewers would otherwise check
 * (KubeHound's Registry.Verify): unique UPPER_SNAKE ids, prerequisites from the vocabulary, dependencies
 * that exist, no dependency cycles. It runs in the meta-test and before every search.
 */
import { isEdgeKind, isInsightId } from '../model/vocabulary.js'
import type { AttackEdge } from './attack-edge.js'
import { ATTACK_EDGE_ID } from './attack-edge.js'
import { ATTACK_EDGES } from './edges/index.js'
import { TACTICS, TECHNIQUES } from './mitre.js'

export function verifyAttackEdges(edges: readonly AttackEdge[]): void {
  const byId = new Map<string, AttackEdge>()
  for (const edge of edges) {
    if (!ATTACK_EDGE_ID.test(edge.id)) throw new Error(`attack edge ${edge.id}: id is not UPPER_SNAKE`)
    if (byId.has(edge.id)) throw new Error(`attack edge ${edge.id} is registered twice`)
    byId.set(edge.id, edge)
    if (!(edge.mitre.tactic in TACTICS) || !(edge.mitre.technique in TECHNIQUES)) throw new Error(`attack edge ${edge.id}: unknown MITRE reference`)
    for (const insight of edge.prerequisites.insights ?? []) if (!isInsightId(insight)) throw new Error(`attack edge ${edge.id}: unknown insight ${String(insight)}`)
    for (const kind of edge.prerequisites.edges ?? []) if (!isEdgeKind(kind)) throw new Error(`attack edge ${edge.id}: unknown edge kind ${String(kind)}`)
  }
  if (edges.length > 250) throw new Error('more than 250 attack edges do not fit the search\'s move column (Uint8Array)')
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (edge: AttackEdge, chain: readonly string[]): void => {
    const seen = state.get(edge.id)
    if (seen === 'done') return
    if (seen === 'visiting') throw new Error(`attack edge dependency cycle: ${[...chain, edge.id].join(' → ')}`)
    state.set(edge.id, 'visiting')
    for (const dependency of edge.dependsOn) {
      const target = byId.get(dependency)
      if (target === undefined) throw new Error(`attack edge ${edge.id} depends on unknown edge ${dependency}`)
      visit(target, [...chain, edge.id])
    }
    state.set(edge.id, 'done')
  }
  for (const edge of edges) visit(edge, [])
}

export function attackEdgeById(id: string): AttackEdge | undefined {
  return ATTACK_EDGES.find((edge) => edge.id === id)
}

verifyAttackEdges(ATTACK_EDGES)
