/**
 * The demo estate through the real readers: every file is detected as the format its manifest names, reads
 * with zero issues, and the readers produce every node the planted truth names (as an id or an alias: an
 * image is keyed by tag, the truth names it by digest).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_FORMATS } from '../formats/registry.js'
import { detectFixture, readFixture } from '../../test/helpers/read-fixture.js'
import { generateDemoEstate } from './generate-demo.js'
import type { DemoExpected, DemoManifest } from './demo-types.js'

const noReaders = BUILTIN_FORMATS.length === 0

let dir: string
let manifest: DemoManifest
let truth: DemoExpected
const nodeIds = new Set<string>()
const problems: string[] = []

describe.skipIf(noReaders)('demo estate through the readers', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-readers-'))
    manifest = await generateDemoEstate({ outDir: dir, seed: 5, resources: 4000 })
    truth = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as DemoExpected
    for (const entry of manifest.files) {
      const path = join(dir, entry.path)
      const detected = await detectFixture(path)
      if (detected?.id !== entry.format) {
        problems.push(`${entry.path}: detected as ${detected?.id ?? 'nothing'}, manifest says ${entry.format}`)
        continue
      }
      const result = await readFixture(path, entry.scanOptions ?? {})
      if (!result.completed) problems.push(`${entry.path}: reader did not complete`)
      for (const issue of result.issues) problems.push(`${entry.path}: ${issue.location}: ${issue.kind}: ${issue.message}`)
      for (const node of result.fragment.nodes) for (const id of [node.id, ...(node.aliases ?? [])]) nodeIds.add(id)
    }
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('detects every file as its manifest format and reads it with zero issues', () => {
    expect(problems).toEqual([])
  })

  it('produces every node the planted truth names', () => {
    const missing: string[] = []
    const outside = new Set(Object.keys(truth.outsideEstate))
    for (const item of truth.items) {
      for (const id of Object.keys(item.names)) if (!nodeIds.has(id) && !outside.has(id)) missing.push(`${item.id}: ${id}`)
    }
    expect(missing).toEqual([])
  })
})
