import { describe, expect, it } from 'vitest'
import { JsonArraySplitter, SplitError } from './json-array-splitter.js'
import type { SplitEvent, SplitOptions } from './json-array-splitter.js'

/** Feeds `text` in chunks of `size` bytes and collects every event. */
function split(text: string | Buffer, options: SplitOptions, size = 1 << 20): SplitEvent[] {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text
  const splitter = new JsonArraySplitter(options)
  const events: SplitEvent[] = []
  for (let at = 0; at < bytes.length; at += size) {
    splitter.feed(bytes.subarray(at, at + size))
    for (let event = splitter.next(); event !== undefined; event = splitter.next()) events.push(event)
  }
  splitter.end()
  return events
}

const items = (events: readonly SplitEvent[]): unknown[] =>
  events.flatMap((e) => (e.type === 'item' ? [[e.path.join('.'), e.index, e.value]] : e.type === 'scalar' ? [[e.key, e.value]] : []))

function failure(text: string, options: SplitOptions, size = 5): SplitError {
  try {
    split(text, options, size)
  } catch (error) {
    if (error instanceof SplitError) return error
    throw error
  }
  throw new Error('expected the split to fail')
}

const awkward = {
  version: 1,
  note: 'quote " and backslash \\ and brackets ]} in a string',
  nested: { items: ['not wanted: a different path'] },
  items: [
    { a: 'q\\"uote\\\\', b: [1, [2, { c: '}]' }]], text: 'é€😀 ünïcödé' },
    'ends with a backslash \\',
    42,
    -1.5e3,
    true,
    null,
    [],
    {},
    '\\\\\\"',
  ],
  data: { columns: [{ name: 'id' }], rows: [[1, 'a'], [2, 'b]']] },
}

describe('json-array-splitter', () => {
  it('cuts out exactly what JSON.parse sees, whatever the chunk boundaries (strings, escapes, multi-byte text)', () => {
    const options: SplitOptions = { paths: [['items'], ['data', 'columns'], ['data', 'rows']], rootScalars: true }
    for (const indent of [0, 2]) {
      const text = `\ufeff${JSON.stringify(awkward, null, indent)}\n`
      const expected = [
        ['version', 1],
        ['note', awkward.note],
        ...awkward.items.map((item, i) => ['items', i, item]),
        ['data.columns', 0, { name: 'id' }],
        ['data.rows', 0, [1, 'a']],
        ['data.rows', 1, [2, 'b]']],
      ]
      for (let size = 1; size <= 48; size++) expect(items(split(text, options, size)), `indent ${indent}, chunks of ${size}`).toEqual(expected)
    }
  })

  it('streams a root array, and yields nothing for a path the document does not have', () => {
    expect(items(split('[1, {"a": [2]}, "x"]', { paths: [[]] }, 3))).toEqual([['', 0, 1], ['', 1, { a: [2] }], ['', 2, 'x']])
    expect(items(split('{"other": [1, 2]}', { paths: [['items']] }))).toEqual([])
    expect(items(split('[{"items": [1]}]', { paths: [['items']] }))).toEqual([])
  })

  it('reports a wanted path that holds no array', () => {
    expect(split('{"items": {"a": 1}}', { paths: [['items']] })).toEqual([{ type: 'mismatch', path: ['items'], found: 'object' }])
    expect(split('{"a": 1}', { paths: [[]] })).toEqual([{ type: 'mismatch', path: [], found: 'object' }])
  })

  it('names the offset and the element of a truncation, a bad element and a syntax error', () => {
    expect(failure('{"items": [1, 2', { paths: [['items']] })).toMatchObject({ reason: 'truncated', offset: 15 })
    expect(failure('', { paths: [['items']] })).toMatchObject({ reason: 'truncated', message: 'the file is empty' })
    expect(failure('{"items": [1, {"a": tru}]}', { paths: [['items']] })).toMatchObject({ reason: 'element', offset: 14, element: { path: ['items'], index: 1 } })
    expect(failure('{"items": [1,]}', { paths: [['items']] })).toMatchObject({ reason: 'syntax', offset: 13 })
    expect(failure('{"items": [1]} x', { paths: [['items']] })).toMatchObject({ reason: 'syntax', message: "unexpected 'x' after the end of the document" })
    expect(failure('{"a" 1}', { paths: [['items']] })).toMatchObject({ reason: 'syntax', offset: 5 })
    // Skipped values are not parsed, but a misspelt literal still fails.
    expect(failure('{"a": tru, "items": []}', { paths: [['items']] }, 64)).toMatchObject({ reason: 'syntax', offset: 6 })
  })

  it('holds one element at a time: the next element is cut only when asked for', () => {
    const splitter = new JsonArraySplitter({ paths: [['items']] })
    splitter.feed(Buffer.from('{"items": [{"a": 1}, {"a": 2}, {"a": 3}]}'))
    expect(splitter.next()).toMatchObject({ index: 0, value: { a: 1 } })
    expect(splitter.position).toEqual({ path: ['items'], index: 1 })
    expect(splitter.next()).toMatchObject({ index: 1, value: { a: 2 } })
  })
})
