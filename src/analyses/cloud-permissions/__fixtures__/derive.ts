/** Test helper: read fixture files through the real format adapters, build the graph, run one analysis. */
import type { Analysis } from '../../analysis.js'
import type { Derivation } from '../../../graph/graph-builder.js'
import { GraphBuilder } from '../../../graph/graph-builder.js'
import type { GraphView } from '../../../graph/graph-view.js'
import type { ScanOptions } from '../../../formats/format-adapter.js'
import type { EdgeInput, GraphFragment, Insight, JsonObject } from '../../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../../model/vocabulary.js'
import { readFixture } from '../../../../test/helpers/read-fixture.js'

export interface Input {
  readonly path: string
  readonly options?: ScanOptions
}

export async function graphOf(inputs: readonly (string | Input)[], fragments: readonly GraphFragment[] = []): Promise<GraphView> {
  const builder = new GraphBuilder()
  builder.addNode({ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' })
  for (const input of inputs) {
    const { path, options } = typeof input === 'string' ? { path: input, options: undefined } : input
    const read = await readFixture(path, options)
    if (read.issues.length > 0) throw new Error(`fixture ${path} has issues: ${read.issues.map((i) => i.message).join('; ')}`)
    builder.addFragment(read.fragment, { file: path, format: read.format })
  }
  for (const fragment of fragments) builder.addFragment(fragment)
  return builder.build().graph
}

export class Derived {
  constructor(readonly derivation: Derivation) {}

  edges(kind: EdgeKind, from?: string, to?: string): EdgeInput[] {
    return (this.derivation.edges ?? []).filter((e) => e.kind === kind && (from === undefined || e.from === from) && (to === undefined || e.to === to))
  }

  edge(kind: EdgeKind, from: string, to: string): EdgeInput | undefined {
    return this.edges(kind, from, to)[0]
  }

  props(kind: EdgeKind, from: string, to: string): JsonObject | undefined {
    return this.edge(kind, from, to)?.props
  }

  insights(node: string, id?: InsightId): Insight[] {
    return (this.derivation.insights ?? []).filter((i) => i.node === node && (id === undefined || i.insight.id === id)).map((i) => i.insight)
  }
}

export function derive(analysis: Analysis, graph: GraphView, options: ScanOptions = {}): Derived {
  return new Derived(analysis.run(graph, { options }))
}
