import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ITEMS, jsonChunks, jsonText } from './json-document.js'
import type { JsonDocument } from './json-document.js'

/** Puts `items` where the document holds ITEMS: what JSON.stringify of the whole would see. */
function whole(document: unknown, items: readonly unknown[]): unknown {
  if (document === ITEMS) return items
  if (Array.isArray(document)) return document.map((d) => whole(d, items))
  if (typeof document === 'object' && document !== null) return Object.fromEntries(Object.entries(document).map(([k, v]) => [k, whole(v, items)]))
  return document
}

const docOf = (document: unknown, items: readonly unknown[]): JsonDocument => ({ document, count: items.length, item: (i) => items[i] })

describe('report/json-document', () => {
  it('prints exactly what JSON.stringify prints, at any depth, indented or not', () => {
    const shapes = [
      ITEMS,
      { findings: ITEMS },
      { a: 1, runs: [{ tool: { x: [1, 2] }, results: ITEMS, after: { y: 'z' } }], tail: null },
      [[{ deep: ITEMS }]],
    ]
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.array(fc.jsonValue(), { maxLength: 7 }), fc.constantFrom(0, 2), (shape, items, indent) => {
        const expected = `${JSON.stringify(whole(shape, items), null, indent === 0 ? undefined : indent)}\n`
        expect(jsonText(docOf(shape, items), indent)).toBe(expected)
      }),
      { numRuns: 400 },
    )
  })

  it('yields the array in batches, so no chunk holds the whole export', () => {
    const items = Array.from({ length: 2_500 }, (_, i) => ({ id: i, text: 'x'.repeat(50) }))
    const chunks = [...jsonChunks(docOf({ findings: ITEMS }, items), 2, 1_000)]
    expect(chunks.join('')).toBe(`${JSON.stringify({ findings: items }, null, 2)}\n`)
    const longest = Math.max(...chunks.map((c) => c.length))
    expect(longest).toBeLessThan(chunks.join('').length / 2)
  })

  it('refuses a document without its marker', () => {
    expect(() => jsonText(docOf({ findings: [] }, []))).toThrow(/without its ITEMS marker/)
  })
})
