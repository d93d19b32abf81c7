import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { InputFile } from '../../../formats/input-file.js'
import { streamTopLevelArrays } from './top-level-arrays.js'
import type { TopLevelEntry } from './top-level-arrays.js'

const dir = mkdtempSync(join(tmpdir(), 'skyhound-aws-'))

async function entries(name: string, content: string | Buffer, keys: string[]): Promise<TopLevelEntry[]> {
  const path = join(dir, name)
  writeFileSync(path, content)
  const out: TopLevelEntry[] = []
  for await (const entry of streamTopLevelArrays(await InputFile.open(path), keys)) out.push(entry)
  return out
}

describe('top-level-arrays', () => {
  it('yields the items of the wanted arrays in file order and the top-level scalars', async () => {
    const got = await entries('a.json', '{"A":[{"x":1},2],"skip":[{"y":[1]}],"IsTruncated":true,"B":[[1,2]],"Marker":"m"}', ['A', 'B'])
    expect(got).toEqual([
      { type: 'item', key: 'A', index: 0, value: { x: 1 } },
      { type: 'item', key: 'A', index: 1, value: 2 },
      { type: 'scalar', key: 'IsTruncated', value: true },
      { type: 'item', key: 'B', index: 0, value: [1, 2] },
      { type: 'scalar', key: 'Marker', value: 'm' },
    ])
  })

  it('streams a root array when asked for the empty key', async () => {
    expect(await entries('r.json', '[{"a":1},{"a":2}]', [''])).toHaveLength(2)
  })

  it('ends a truncated gzip file with an error naming the element reached', async () => {
    const whole = gzipSync(Buffer.from(`{"A":[${Array.from({ length: 2000 }, (_, i) => `{"i":${i},"pad":"${'x'.repeat(50)}"}`).join(',')}]}`))
    const path = join(dir, 'cut.json.gz')
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)))
    const seen: number[] = []
    const run = async (): Promise<void> => {
      for await (const entry of streamTopLevelArrays(await InputFile.open(path), ['A'])) if (entry.type === 'item') seen.push(entry.index)
    }
    await expect(run()).rejects.toMatchObject({ code: 'SKY_INPUT_INVALID', where: expect.stringMatching(/:A\[\d+\]$/) })
    expect(seen.length).toBeGreaterThan(0)
  })
})
