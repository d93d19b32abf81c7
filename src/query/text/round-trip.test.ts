/**
 * Property tests over seeded random inputs: every valid AST prints to text that parses back to the same
 * AST (and survives JSON and share links), and no text makes the parser fail other than with a QueryError.
 */
import { describe, expect, it } from 'vitest'
import { Gen, garbage, random, randomQuery } from '../__fixtures__/random-query.js'
import { isQueryError } from '../query-error.js'
import { decodeShareLink, encodeShareLink } from '../share-link.js'
import { validateQuery } from '../validate-query.js'
import { parseQueryText } from './parse-query.js'
import { printQuery } from './print-query.js'

const CASES = 600

describe('query/round-trip', () => {
  it(`prints every generated AST to text that parses back to an equal AST (${CASES} cases)`, () => {
    const g = new Gen(random(7))
    for (let i = 0; i < CASES; i++) {
      const query = randomQuery(g)
      const text = printQuery(query)
      let parsed
      try {
        parsed = parseQueryText(text).query
      } catch (error) {
        throw new Error(`case ${i}: ${text}\n${isQueryError(error) ? `${error.message}\n${error.excerpt}` : String(error)}`, { cause: error })
      }
      expect(parsed, `case ${i}: ${text}`).toEqual(query)
      expect(printQuery(parsed)).toBe(text)
    }
  })

  it('round-trips every generated AST through JSON and share links unchanged', () => {
    const g = new Gen(random(11))
    for (let i = 0; i < CASES; i++) {
      const query = randomQuery(g)
      expect(validateQuery(JSON.parse(JSON.stringify(query)))).toEqual(query)
      const link = encodeShareLink(query)
      expect(link).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeShareLink(link)).toEqual(query)
      expect(encodeShareLink(decodeShareLink(link))).toBe(link)
    }
  })

  it('never crashes on garbage: it parses or throws a positioned QueryError (3000 cases)', () => {
    const g = new Gen(random(23))
    const valid = Array.from({ length: 20 }, () => printQuery(randomQuery(g, 2)))
    let rejected = 0
    for (let i = 0; i < 3_000; i++) {
      const text = garbage(g, g.pick(valid))
      try {
        parseQueryText(text)
      } catch (error) {
        if (!isQueryError(error)) throw new Error(`case ${i} ${JSON.stringify(text)} threw ${String(error)}`, { cause: error })
        expect(['SKY_QUERY_SYNTAX', 'SKY_QUERY_INVALID']).toContain(error.queryCode)
        if (text.length > 0 && text.length < 100_000) expect(error.position, JSON.stringify(text)).toBeDefined()
        rejected++
      }
    }
    expect(rejected).toBeGreaterThan(2_500)
  })

  it('refuses pathological nesting with a syntax error instead of exhausting the stack', () => {
    const deep = `MATCH (n) WHERE ${'('.repeat(5_000)}n.x = 1${')'.repeat(5_000)} RETURN n`
    expect(() => parseQueryText(deep)).toThrow(/nests deeper than/)
    const nots = `MATCH (n) WHERE ${'NOT '.repeat(5_000)}n.x = 1 RETURN n`
    expect(() => parseQueryText(nots)).toThrow(/nests deeper than/)
    expect(() => parseQueryText(`MATCH (n) WHERE n.x IN ${'['.repeat(5_000)} RETURN n`)).toThrow(/nests deeper than/)
  })
})
