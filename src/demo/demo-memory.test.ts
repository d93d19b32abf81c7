/**
 * The generator streams: memory must not grow with the estate size. RSS is sampled while generating; time is
 * not measured (it depends on the machine).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from './generate-demo.js'

const MB = 1024 * 1024
/** Generous for the baseline data, small next to what 20k resources would take if held in memory (~60 MB of JSON). */
const MAX_GROWTH_MB = 80

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function peakGrowth(resources: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-mem-'))
  dirs.push(dir)
  const before = process.memoryUsage().rss
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    await generateDemoEstate({ outDir: dir, resources })
  } finally {
    clearInterval(timer)
  }
  peak = Math.max(peak, process.memoryUsage().rss)
  return (peak - before) / MB
}

describe('generateDemoEstate memory', () => {
  it('generates 20000 resources within a bounded RSS growth', async () => {
    // A first small run loads the modules and the planted baseline, so the measured run sees only scale.
    await peakGrowth(600)
    const growth = await peakGrowth(20_000)
    expect(growth).toBeLessThan(MAX_GROWTH_MB)
  })
})
