import { readdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sampleOf } from '../../formats/detect.js'
import type { DetectionSample } from '../../formats/format-adapter.js'
import { InputFile } from '../../formats/input-file.js'
import { detectResourceGraph } from './arg-detect.js'

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))
const sampleFile = async (name: string): Promise<DetectionSample> => sampleOf(await InputFile.open(fixture(name)))

/** What a detector sees of a file larger than the sample: a cut head, no parsed JSON. */
const headOnly = (head: string): DetectionSample => ({ path: 'big.json', extension: '.json', head, complete: false, json: undefined, firstLine: undefined })

const ROW = '{"id": "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Compute/disks/d1", "type": "microsoft.compute/disks", "name": "d1", "properties": {"diskSizeGB": 3'

describe('arg-detect', () => {
  it('recognizes every Resource Graph fixture: CLI ≥2, CLI 1.x, REST, REST table, PowerShell, az flattened, truncated', async () => {
    const names = (await readdir(fixture(''))).filter((name) => name.endsWith('.json'))
    expect(names.length).toBeGreaterThanOrEqual(9)
    for (const name of names) expect([name, detectResourceGraph(await sampleFile(name))]).toEqual([name, true])
  })

  it('recognizes the head of files too large to parse, in each envelope', () => {
    expect(detectResourceGraph(headOnly(`{"count": 1000, "data": [${ROW}`))).toBe(true)
    expect(detectResourceGraph(headOnly(`{"totalRecords": 5000, "count": 1000, "data": [${ROW}`))).toBe(true)
    expect(detectResourceGraph(headOnly(`[\n ${ROW}`))).toBe(true)
    expect(detectResourceGraph(headOnly('{"totalRecords": 2, "count": 2, "resultTruncated": "false", "data": {"columns": [{"name": "id"'))).toBe(true)
  })

  it('does not claim other providers\u2019 files, even those holding ARM ids', async () => {
    for (const name of await readdir(fixture('foreign'))) {
      expect([name, detectResourceGraph(await sampleFile(`foreign/${name}`))]).toEqual([name, false])
    }
    // A Terraform state head names ARM ids in nested `values`, not in a top-level `data` envelope.
    expect(detectResourceGraph(headOnly(`{"format_version": "1.0", "values": {"root_module": {"resources": [{"type": "azurerm_managed_disk", "values": ${ROW}`))).toBe(false)
    expect(detectResourceGraph(headOnly(`{"count": 3, "data": [{"id": "i-0abc", "type": "AWS::EC2::Instance"`))).toBe(false)
    expect(detectResourceGraph(headOnly('[]'))).toBe(false)
  })
})
