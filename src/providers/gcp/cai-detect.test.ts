import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sampleOf } from '../../formats/detect.js'
import type { DetectionSample } from '../../formats/format-adapter.js'
import { InputFile } from '../../formats/input-file.js'
import { detectResourceGraph } from '../azure/arg-detect.js'
import { detectCloudAssetInventory } from './cai-detect.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const sampleFile = async (name: string): Promise<DetectionSample> => sampleOf(await InputFile.open(fixture(name)))
const headOnly = (head: string): DetectionSample => ({ path: 'big.json', extension: '.json', head, complete: false, json: undefined, firstLine: undefined })

describe('cai-detect', () => {
  it('recognizes every CAI fixture: export NDJSON, gcloud arrays, REST pages, legacy names, damaged files', async () => {
    const names = (await readdir(fixture(''))).filter((name) => /\.(nd)?json$/.test(name))
    expect(names.length).toBeGreaterThanOrEqual(9)
    for (const name of names) {
      const sample = await sampleFile(name)
      expect([name, detectCloudAssetInventory(sample), detectResourceGraph(sample)]).toEqual([name, true, false])
    }
  })

  it('recognizes the head of a gcloud array too large to parse', () => {
    expect(detectCloudAssetInventory(headOnly('[\n  {\n    "ancestors": ["projects/1"],\n    "assetType": "compute.googleapis.com/Instance",\n    "name": "//compute.googleapis.com/projects/p/zones/z/instances/i",\n    "resource": {'))).toBe(true)
  })

  it('does not claim other providers\u2019 files', async () => {
    for (const name of await readdir(fixture('foreign'))) {
      expect([name, detectCloudAssetInventory(await sampleFile(`foreign/${name}`))]).toEqual([name, false])
    }
    expect(detectCloudAssetInventory(headOnly('{"format_version": "1.0", "values": {"root_module": {"resources": [{"type": "google_compute_instance", "values": {"id": "projects/p/zones/z/instances/i"'))).toBe(false)
  })
})
