/** @module The analysis seam: each analysis reads the graph and returns derived edges and insights. */
import type { Derivation } from '../graph/graph-builder.js'
import type { GraphView } from '../graph/graph-view.js'
import type { ScanOptions } from '../formats/format-adapter.js'

export interface AnalysisContext {
  readonly options: ScanOptions
}

export interface Analysis {
  /** kebab-case id, e.g. `internet-exposure`. */
  readonly id: string
  readonly title: string
  /** Analyses whose derivations this one reads; the registry orders by them. */
  readonly dependsOn: readonly string[]
  run(graph: GraphView, ctx: AnalysisContext): Derivation
}

/** Orders analyses so each runs after its dependencies; throws on unknown ids, duplicates or cycles. */
export function orderAnalyses(analyses: readonly Analysis[]): Analysis[] {
  const byId = new Map<string, Analysis>()
  for (const analysis of analyses) {
    if (byId.has(analysis.id)) throw new Error(`analysis ${analysis.id} is registered twice`)
    byId.set(analysis.id, analysis)
  }
  const ordered: Analysis[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (analysis: Analysis, chain: string[]): void => {
    const seen = state.get(analysis.id)
    if (seen === 'done') return
    if (seen === 'visiting') throw new Error(`analysis dependency cycle: ${[...chain, analysis.id].join(' → ')}`)
    state.set(analysis.id, 'visiting')
    for (const dependency of analysis.dependsOn) {
      const target = byId.get(dependency)
      if (target === undefined) throw new Error(`analysis ${analysis.id} depends on unknown analysis ${dependency}`)
      visit(target, [...chain, analysis.id])
    }
    state.set(analysis.id, 'done')
    ordered.push(analysis)
  }
  for (const analysis of analyses) visit(analysis, [])
  return ordered
}
