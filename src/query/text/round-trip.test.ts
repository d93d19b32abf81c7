/**
 * Property tests (fast-check): every valid AST prints to text that parses back to the same AST (and
 * survives JSON and share links), and no text makes the parser fail other than with a positioned
 * QueryError. Failures shrink to a small counterexample and print the seed to replay it.
 */
import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { garbageArbitrary, queryArbitrary } from '../__fixtures__/query-arbitraries.js'
import { isQueryError } from '../query-error.js'
import { decodeShareLink, encodeShareLink } from '../share-link.js'
import { validateQuery } from '../validate-query.js'
import { parseQueryText } from './parse-query.js'
import { printQuery } from './print-query.js'

const RUNS = 600

describe('query/round-trip', () => {
  it(`prints every generated AST to text that parses back to an equal AST (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(queryArbitrary(), (query) => {
        const text = printQuery(query)
        let parsed
        try {
          parsed = parseQueryText(text).query
        } catch (error) {
          throw new Error(`${text}\n${isQueryError(error) ? `${error.message}\n${error.excerpt}` : String(error)}`, { cause: error })
        }
        expect(parsed, text).toEqual(query)
        expect(printQuery(parsed)).toBe(text)
      }),
      { numRuns: RUNS },
    )
  })

  it(`round-trips every generated AST through JSON and share links unchanged (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(queryArbitrary(), (query) => {
        expect(validateQuery(JSON.parse(JSON.stringify(query)))).toEqual(query)
        const link = encodeShareLink(query)
        expect(link).toMatch(/^[A-Za-z0-9_-]+$/)
        expect(decodeShareLink(link)).toEqual(query)
        expect(encodeShareLink(decodeShareLink(link))).toBe(link)
      }),
      { numRuns: RUNS },
    )
  })

  it('never crashes on garbage: it parses or throws a positioned QueryError (3000 runs)', () => {
    let rejected = 0
    fc.assert(
      fc.property(garbageArbitrary(), (text) => {
        try {
          parseQueryText(text)
        } catch (error) {
          if (!isQueryError(error)) throw new Error(`${JSON.stringify(text)} threw ${String(error)}`, { cause: error })
          expect(['SKY_QUERY_SYNTAX', 'SKY_QUERY_INVALID']).toContain(error.queryCode)
          if (text.length > 0) expect(error.position, JSON.stringify(text)).toBeDefined()
          rejected++
        }
      }),
      { numRuns: 3_000 },
    )
    // Most garbage is rejected; a run where everything parsed would mean the generator lost its teeth.
    expect(rejected).toBeGreaterThan(2_000)
  })

  it('refuses pathological nesting with a syntax error instead of exhausting the stack', () => {
    const deep = `MATCH (n) WHERE ${'('.repeat(5_000)}n.x = 1${')'.repeat(5_000)} RETURN n`
    expect(() => parseQueryText(deep)).toThrow(/nests deeper than/)
    const nots = `MATCH (n) WHERE ${'NOT '.repeat(5_000)}n.x = 1 RETURN n`
    expect(() => parseQueryText(nots)).toThrow(/nests deeper than/)
    expect(() => parseQueryText(`MATCH (n) WHERE n.x IN ${'['.repeat(5_000)} RETURN n`)).toThrow(/nests deeper than/)
  })
})
