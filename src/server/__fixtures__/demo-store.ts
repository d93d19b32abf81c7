/**
 * Test fixture: the demo estate (src/demo) generated and scanned once into a SQLite store, so API and
 * browser tests of attack paths, choke points, what-if and the explorer run on real analyses rather than
 * a hand-written list. Scanning takes a few seconds: call it once per test file.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateDemoEstate } from '../../demo/generate-demo.js'
import { persistScan } from '../../scan/persist.js'
import { scan } from '../../scan/pipeline.js'
import type { Store } from '../../store/store.js'

export interface DemoScanOptions {
  readonly snapshotId: string
  readonly createdAt: string
  readonly resources?: number
  readonly seed?: number
}

/** Generates the demo estate in a temp folder, scans it, stores the snapshot, and removes the folder. */
export async function writeDemoSnapshot(store: Store, options: DemoScanOptions): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-fixture-'))
  try {
    await generateDemoEstate({
      outDir: dir,
      ...(options.resources === undefined ? {} : { resources: options.resources }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    })
    const result = await scan({ paths: [dir], now: new Date(options.createdAt), snapshotId: options.snapshotId })
    await persistScan(store, result)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
