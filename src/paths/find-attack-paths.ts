/** @module Attack path search: entry points → moves → crown jewels (ARCHITECTURE.md §4, docs/attack-paths.md). */
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import type { AttackEdge } from './attack-edge.js'
import { buildAttackPath, sortPaths } from './build-paths.js'
import { ATTACK_EDGES } from './edges/index.js'
import { indexFindings } from './remediation.js'
import type { RemediationIndex } from './remediation.js'
import { verifyAttackEdges } from './registry.js'
import { buildAttackGraph } from './search/attack-graph.js'
import type { AttackGraph } from './search/attack-graph.js'
import { searchAttackPaths } from './search/search-paths.js'
import type { PathGroup, SearchOptions } from './search/search-paths.js'

export interface PathAnalysisOptions extends SearchOptions {
  readonly edges?: readonly AttackEdge[]
}

/** Everything one search produced, kept for choke points and what-if (which re-search the same attack graph). */
export interface PathAnalysis {
  readonly attackGraph: AttackGraph
  readonly groups: readonly PathGroup[]
  readonly paths: readonly AttackPath[]
  readonly remediation: RemediationIndex
  readonly options: SearchOptions
}

export function analyzeAttackPaths(graph: GraphView, findings: readonly Finding[], options: PathAnalysisOptions = {}): PathAnalysis {
  const edges = options.edges ?? ATTACK_EDGES
  if (options.edges !== undefined) verifyAttackEdges(edges)
  const attackGraph = buildAttackGraph(graph, edges)
  const groups = searchAttackPaths(attackGraph, options)
  const remediation = indexFindings(attackGraph, findings)
  const paths = sortPaths(groups.map((group) => buildAttackPath(attackGraph, group, remediation)))
  return { attackGraph, groups, paths, remediation, options }
}

export function findAttackPaths(graph: GraphView, findings: readonly Finding[]): AttackPath[] {
  return [...analyzeAttackPaths(graph, findings).paths]
}
