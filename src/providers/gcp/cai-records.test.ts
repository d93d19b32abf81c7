import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputFile } from '../../formats/input-file.js'
import type { CaiRecord } from './cai-records.js'
import { caiRecords } from './cai-records.js'

const asset = (i: number, padding = 0): Record<string, unknown> => ({
  name: `//compute.googleapis.com/projects/p/global/networks/n${i}`,
  asset_type: 'compute.googleapis.com/Network',
  resource: { data: { description: 'x'.repeat(padding) } },
})

async function records(text: string): Promise<CaiRecord[]> {
  const path = join(await mkdtemp(join(tmpdir(), 'cai-')), 'in.json')
  await writeFile(path, text)
  const out: CaiRecord[] = []
  for await (const record of caiRecords(await InputFile.open(path))) out.push(record)
  return out
}

describe('cai-records', () => {
  it('reads NDJSON whose first line is longer than the detection head', async () => {
    const text = [asset(1, 300_000), asset(2)].map((a) => JSON.stringify(a)).join('\n')
    expect((await records(text)).map((r) => r.location)).toEqual(['line 1', 'line 2'])
  })

  it('reads REST pages on one line or pretty-printed, and a lone pretty-printed asset', async () => {
    const page = { readTime: '2024-05-01T10:00:00Z', assets: [asset(1), asset(2)] }
    expect((await records(JSON.stringify(page))).map((r) => r.location)).toEqual(['assets[0]', 'assets[1]'])
    expect((await records(JSON.stringify(page, null, 2))).map((r) => r.location)).toEqual(['assets[0]', 'assets[1]'])
    expect(await records(JSON.stringify(asset(7), null, 2))).toEqual([{ location: 'file', value: asset(7) }])
  })
})
