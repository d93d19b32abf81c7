import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { heapAdvice } from './heap-advice.js'

describe('cli/heap-advice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skyhound-heap-'))
  writeFileSync(join(dir, 'a.json'), 'x'.repeat(200_000))
  writeFileSync(join(dir, 'b.json'), 'x'.repeat(300_000))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('stays quiet when the inputs fit the heap', async () => {
    expect(await heapAdvice([dir], 4 * 1_073_741_824)).toBeUndefined()
  })

  it('names the input size, the heap needed and the NODE_OPTIONS fix when they do not', async () => {
    const advice = await heapAdvice([dir], 100 * 1_048_576)
    expect(advice).toMatch(/inputs hold 0\.0 GB; a scan of that size needs about 0\.5 GB of heap and node allows 0\.1 GB/)
    expect(advice).toMatch(/NODE_OPTIONS=--max-old-space-size=1024 skyhound scan/)
  })
})
