/**
 * One scenario per attack edge (test/scenarios/<EDGE_ID>.json, KubeHound's fixture per edge): a minimal
 * graph fragment shaped like the analyses' output; the edge must derive exactly the listed moves, and the
 * search must find the listed paths with their titles.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { GraphFragment } from '../../src/model/graph-types.js'
import { ATTACK_EDGES } from '../../src/paths/edges/index.js'
import { analyzeAttackPaths } from '../../src/paths/find-attack-paths.js'
import { buildAttackGraph } from '../../src/paths/search/attack-graph.js'

interface Scenario {
  readonly edge: string
  readonly description: string
  readonly fragment: GraphFragment
  readonly expect: {
    readonly moves: readonly { readonly from: string; readonly to: string }[]
    readonly paths?: readonly { readonly entry: string; readonly target: string; readonly title?: string }[]
  }
}

const DIR = fileURLToPath(new URL('.', import.meta.url))
const SCENARIOS = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Scenario)

function graphOf(scenario: Scenario) {
  return new GraphBuilder().addFragment(scenario.fragment).build().graph
}

describe('attack edge scenarios', () => {
  it('has one scenario per registered attack edge', () => {
    expect(SCENARIOS.map((s) => s.edge)).toEqual(ATTACK_EDGES.map((e) => e.id).sort())
  })

  for (const scenario of SCENARIOS) {
    describe(`edge ${scenario.edge}`, () => {
      it(`derives exactly the scenario's moves: ${scenario.description}`, () => {
        const graph = graphOf(scenario)
        const ag = buildAttackGraph(graph, ATTACK_EDGES)
        const index = ATTACK_EDGES.findIndex((e) => e.id === scenario.edge)
        const moves: { from: string; to: string }[] = []
        for (let k = 0; k < ag.from.length; k++) {
          if (ag.move[k] !== index) continue
          moves.push({ from: ag.from[k] === ag.origin ? 'skyhound://internet' : graph.nodeId(ag.from[k]!), to: graph.nodeId(ag.to[k]!) })
        }
        const order = (a: { from: string; to: string }, b: { from: string; to: string }): number => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)
        expect(moves.sort(order)).toEqual([...scenario.expect.moves].sort(order))
      })

      if (scenario.expect.paths !== undefined) {
        it('leads to the expected attack paths with their titles', () => {
          const { paths } = analyzeAttackPaths(graphOf(scenario), [])
          for (const want of scenario.expect.paths!) {
            const path = paths.find((p) => p.entry.id === want.entry && p.target.id === want.target)
            expect(path, `path ${want.entry} → ${want.target}`).toBeDefined()
            if (want.title !== undefined) expect(path!.title).toBe(want.title)
            expect(path!.steps.some((s) => s.attackEdge === scenario.edge), `${scenario.edge} is a step`).toBe(true)
          }
        })
      }
    })
  }
})
