import { describe, expect, it } from 'vitest'
import { BUILTIN_ANALYSES } from '../../src/analyses/index.js'
import { orderAnalyses } from '../../src/analyses/analysis.js'
import type { Analysis } from '../../src/analyses/analysis.js'
import { BUILTIN_FORMATS, verifyFormats } from '../../src/formats/registry.js'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, PROVIDER_IDS } from '../../src/model/vocabulary.js'

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('vocabulary registries', () => {
  it('names every family, edge kind and insight in kebab-case, once', () => {
    for (const list of [FAMILY_IDS, EDGE_KIND_IDS, INSIGHT_ID_LIST, PROVIDER_IDS]) {
      expect(new Set(list).size).toBe(list.length)
      for (const id of list) expect(id).toMatch(kebab)
    }
  })

  it('fits edge kinds in the one byte the graph stores per edge', () => {
    expect(EDGE_KIND_IDS.length).toBeLessThan(256)
  })
})

describe('format registry', () => {
  it('verifies: kebab-case ids, no duplicates', () => {
    expect(() => verifyFormats(BUILTIN_FORMATS)).not.toThrow()
    const [first] = BUILTIN_FORMATS
    if (first) expect(() => verifyFormats([first, first])).toThrow(/twice/)
  })
})

describe('analysis registry', () => {
  const make = (id: string, dependsOn: string[]): Analysis => ({ id, title: id, dependsOn, run: () => ({}) })

  it('orders the built-in analyses without error', () => {
    expect(orderAnalyses(BUILTIN_ANALYSES)).toHaveLength(BUILTIN_ANALYSES.length)
  })

  it('runs dependencies first and rejects cycles and unknown dependencies', () => {
    expect(orderAnalyses([make('b', ['a']), make('a', [])]).map((a) => a.id)).toEqual(['a', 'b'])
    expect(() => orderAnalyses([make('a', ['b']), make('b', ['a'])])).toThrow(/cycle/)
    expect(() => orderAnalyses([make('a', ['zzz'])])).toThrow(/unknown/)
  })
})
