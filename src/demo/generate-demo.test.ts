import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isSkyhoundError } from '../model/errors.js'
import { awsAccountOfAccessKey } from './demo-company.js'
import { generateDemoEstate } from './generate-demo.js'
import type { DemoManifest } from './demo-types.js'

const dirs: string[] = []
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-'))
  dirs.push(dir)
  return dir
}

async function filesOf(dir: string, manifest: DemoManifest): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const entry of manifest.files) out.set(entry.path, await readFile(join(dir, entry.path)))
  out.set('expected.json', await readFile(join(dir, 'expected.json')))
  out.set('manifest.json', await readFile(join(dir, 'manifest.json')))
  return out
}

describe('generateDemoEstate', () => {
  let first: { dir: string; manifest: DemoManifest }
  let again: { dir: string; manifest: DemoManifest }
  let other: { dir: string; manifest: DemoManifest }

  beforeAll(async () => {
    const run = async (seed: number): Promise<{ dir: string; manifest: DemoManifest }> => {
      const dir = await freshDir()
      return { dir, manifest: await generateDemoEstate({ outDir: dir, seed, resources: 2500 }) }
    }
    first = await run(7)
    again = await run(7)
    other = await run(8)
  })

  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })

  it('writes byte-identical files for the same seed', async () => {
    const a = await filesOf(first.dir, first.manifest)
    const b = await filesOf(again.dir, again.manifest)
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true)
  })

  it('changes the filler but keeps the planted truth for another seed', async () => {
    const truthA = await readFile(join(first.dir, 'expected.json'))
    const truthB = await readFile(join(other.dir, 'expected.json'))
    expect(truthB.equals(truthA)).toBe(true)
    const hashes = new Map(first.manifest.files.map((f) => [f.path.replace(/\/\d{4}\/\d+\/\d+\/ConfigSnapshot\/.*$/, ''), f.sha256]))
    const changed = other.manifest.files.filter((f) => hashes.get(f.path.replace(/\/\d{4}\/\d+\/\d+\/ConfigSnapshot\/.*$/, '')) !== f.sha256)
    expect(changed.length).toBeGreaterThan(other.manifest.files.length / 2)
    expect(other.manifest.counts).toEqual(first.manifest.counts)
    expect(other.manifest.epoch).not.toBe(first.manifest.epoch)
  })

  it('writes exactly the requested number of resources above the planted baseline', () => {
    const { counts } = first.manifest
    expect(counts.resources).toBe(2500)
    expect(counts.plantedBaseline + counts.filler).toBe(2500)
    expect(Object.values(counts.byProvider).reduce((a, b) => a + b, 0)).toBe(2500)
    expect(counts.plantedItems).toBeGreaterThanOrEqual(30)
  })

  it('never writes fewer resources than the planted baseline', async () => {
    const dir = await freshDir()
    const manifest = await generateDemoEstate({ outDir: dir, resources: 10 })
    expect(manifest.counts.filler).toBe(0)
    expect(manifest.counts.resources).toBe(manifest.counts.plantedBaseline)
    const truth = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as { items: unknown[] }
    expect(truth.items).toHaveLength(manifest.counts.plantedItems)
  })

  it('regenerates into a directory holding an earlier demo estate', async () => {
    const manifest = await generateDemoEstate({ outDir: first.dir, seed: 7, resources: 600 })
    expect(manifest.counts.resources).toBe(600)
    const onDisk = JSON.parse(await readFile(join(first.dir, 'manifest.json'), 'utf8')) as DemoManifest
    expect(onDisk.files.length).toBe(manifest.files.length)
    first = { dir: first.dir, manifest: await generateDemoEstate({ outDir: first.dir, seed: 7, resources: 2500 }) }
  })

  it('refuses a directory that holds anything else', async () => {
    const dir = await freshDir()
    await writeFile(join(dir, 'notes.txt'), 'mine')
    const error = await generateDemoEstate({ outDir: dir }).catch((e: unknown) => e)
    expect(isSkyhoundError(error) && error.code).toBe('SKY_USAGE')
  })

  it('rejects a size or seed that is not a whole number', async () => {
    const dir = await freshDir()
    for (const options of [{ resources: -1 }, { resources: 1.5 }, { seed: -3 }]) {
      const error = await generateDemoEstate({ outDir: dir, ...options }).catch((e: unknown) => e)
      expect(isSkyhoundError(error) && error.code).toBe('SKY_USAGE')
    }
  })

  it('plants access key ids that decode to the account of their owner', async () => {
    const truth = JSON.parse(await readFile(join(first.dir, 'expected.json'), 'utf8')) as {
      items: { expect: { secret?: { keyId: string; authenticatesAs: string } } }[]
    }
    const secrets = truth.items.flatMap((item) => (item.expect.secret ? [item.expect.secret] : []))
    expect(secrets.length).toBeGreaterThanOrEqual(2)
    for (const secret of secrets) {
      expect(secret.keyId).toMatch(/^AKIA[A-Z2-7]{16}$/)
      expect(secret.authenticatesAs).toContain(`:${awsAccountOfAccessKey(secret.keyId)}:`)
    }
  })
})
