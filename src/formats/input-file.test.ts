import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { InputFile, parseJsonText } from './input-file.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skyhound-input-'))
})

async function file(name: string, content: string | Buffer): Promise<InputFile> {
  const path = join(dir, name)
  await writeFile(path, content)
  return InputFile.open(path)
}

async function collect(iterable: AsyncIterable<{ index: number }>): Promise<number[]> {
  const out: number[] = []
  for await (const item of iterable) out.push(item.index)
  return out
}

describe('input-file', () => {
  it('streams the array at a key path, plain or gzip', async () => {
    const doc = JSON.stringify({ fileVersion: '1.0', configurationItems: [{ a: 1 }, { a: 2 }, { a: 3 }] })
    expect(await collect((await file('a.json', doc)).streamArray(['configurationItems']))).toEqual([0, 1, 2])
    const gz = await file('a.json.gz', gzipSync(doc))
    expect(gz.gzip).toBe(true)
    expect(await collect(gz.streamArray(['configurationItems']))).toEqual([0, 1, 2])
  })

  it('yields the items before a truncation, then fails with the position instead of crashing', async () => {
    const input = await file('cut.json', '{"items": [{"a": 1}, {"a": 2}, {"a": ')
    const seen: number[] = []
    const read = async (): Promise<void> => {
      for await (const item of input.streamArray(['items'])) seen.push(item.index)
    }
    await expect(read()).rejects.toThrow(/cut\.json: invalid or truncated JSON after items\[1\]/)
    expect(seen).toEqual([0, 1])
  })

  it('names the element, line and column of a bad element, and keeps the ones before it', async () => {
    const input = await file('bad.json', '{\n  "items": [\n    {"a": 1},\n    {"a": tru}\n  ]\n}\n')
    const seen: number[] = []
    const read = async (): Promise<void> => {
      for await (const item of input.streamArray(['items'])) seen.push(item.index)
    }
    await expect(read()).rejects.toThrow(/bad\.json: invalid JSON in items\[1\] at line 4, column 14/)
    expect(seen).toEqual([0])
  })

  it('fails on a truncated gzip stream with the element reached', async () => {
    const whole = gzipSync(JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ i, pad: 'x'.repeat(50) })) }))
    const input = await file('cut.json.gz', whole.subarray(0, Math.floor(whole.length / 2)))
    let count = 0
    const read = async (): Promise<void> => {
      for await (const item of input.streamArray(['items'])) count = item.index + 1
    }
    await expect(read()).rejects.toMatchObject({ code: 'SKY_INPUT_INVALID', where: expect.stringMatching(/cut\.json\.gz:items\[\d+\]$/) })
    expect(count).toBeGreaterThan(0)
  })

  it('refuses a key that holds something else than an array, and yields nothing for a missing key', async () => {
    const input = await file('obj.json', '{"items": {"a": 1}}')
    await expect(collect(input.streamArray(['items']))).rejects.toThrow(/obj\.json: `items` is an object, not an array/)
    expect(await collect(input.streamArray(['other']))).toEqual([])
  })

  it('streams several arrays and the root scalars in one pass', async () => {
    const input = await file('multi.json', '{"A": [1, 2], "IsTruncated": false, "B": [{"x": 1}]}')
    const events: unknown[] = []
    for await (const event of input.splitArrays({ paths: [['A'], ['B']], rootScalars: true })) events.push(event)
    expect(events).toMatchObject([
      { type: 'item', path: ['A'], index: 0, value: 1 },
      { type: 'item', path: ['A'], index: 1, value: 2 },
      { type: 'scalar', key: 'IsTruncated', value: false },
      { type: 'item', path: ['B'], index: 0, value: { x: 1 } },
    ])
  })

  it('names line and column of a JSON syntax error', () => {
    expect(() => parseJsonText('{\n  "a": 1,\n  "b": }', 'x.json')).toThrow(/x\.json: invalid JSON at line 3, column 8/)
  })

  it('reads lines of NDJSON with their numbers', async () => {
    const input = await file('a.ndjson', '{"a":1}\n{"a":2}\n')
    const lines: number[] = []
    for await (const { line } of input.lines()) lines.push(line)
    expect(lines).toEqual([1, 2])
  })

  it('samples the head of a gzip file and knows when it is complete', async () => {
    const input = await file('h.json.gz', gzipSync('{"x": 1}'))
    expect(await input.head()).toEqual({ text: '{"x": 1}', complete: true })
  })
})

describe('json-error-offset', () => {
  it('says a cut-off document is incomplete and points at its last line', () => {
    expect(() => parseJsonText('{\n "items": [1, 2', 'cut.json')).toThrow(/cut\.json: invalid JSON at end of file \(line 2\): the document is incomplete/)
  })
  it('finds trailing garbage and bad literals', () => {
    expect(() => parseJsonText('{"a": tru}', 'b.json')).toThrow(/line 1, column 10/)
    expect(() => parseJsonText('[1] x', 'c.json')).toThrow(/line 1, column 5/)
  })
})
