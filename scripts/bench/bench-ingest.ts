/**
 * Ingestion benchmark: generates the demo estate at N resources into a temp dir (src/demo/generate-demo.ts),
 * then times `scan({ paths: [dir] })` and reports input MB/s (on disk and decompressed), resources/s, peak
 * RSS and the throughput of each format. Analyses are left out unless asked for (`analyses: true`): this
 * measures reading and graph building, what the issue calls ingestion.
 *
 * RSS is sampled from a worker thread, so a long synchronous step of the scan (graph build, a whole-document
 * JSON.parse) cannot hide its peak from the sampler; `maxRss` is the kernel's high-water mark of the whole
 * process, generation included.
 */
import { createReadStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { createGunzip } from 'node:zlib'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { DemoManifest } from '../../src/demo/demo-types.js'
import { scan } from '../../src/scan/pipeline.js'

export interface IngestBenchOptions {
  readonly resources: number
  readonly seed?: number
  /** Run the built-in analyses too (default false: read + graph build only). */
  readonly analyses?: boolean
  /** Scan an estate already generated there instead of generating one into a temp dir. */
  readonly dir?: string
  /** Keep the generated estate (default false). */
  readonly keep?: boolean
  readonly log?: (line: string) => void
}

export interface FormatThroughput {
  readonly format: string
  readonly files: number
  /** Bytes on disk (gzip counted compressed). */
  readonly bytes: number
  /** Bytes the reader parsed (gzip decompressed). */
  readonly textBytes: number
  readonly resources: number
  readonly seconds: number
  /** CPU seconds (user + system) of the process while reading these files. */
  readonly cpuSeconds: number
}

export interface IngestBenchResult {
  readonly resources: number
  readonly files: number
  readonly generateSeconds: number
  readonly scanSeconds: number
  /** CPU seconds of the scan: on a shared machine a steadier figure than wall time. */
  readonly scanCpuSeconds: number
  readonly readSeconds: number
  readonly buildSeconds: number
  readonly analyzeSeconds: number
  readonly diskMB: number
  readonly textMB: number
  /** Decompressed input parsed per second of the whole scan. */
  readonly textMBps: number
  readonly diskMBps: number
  readonly nodes: number
  readonly edges: number
  readonly nodesPerSecond: number
  readonly issues: number
  readonly peakRssMB: number
  readonly maxRssMB: number
  readonly formats: readonly FormatThroughput[]
}

const MB = 1024 * 1024

/** Samples the process RSS every few ms on its own thread; `stop()` returns the peak in bytes. */
function startRssSampler(intervalMs = 20): { stop: () => Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads')
     let peak = 0
     const sample = () => { peak = Math.max(peak, process.memoryUsage.rss()) }
     sample()
     const timer = setInterval(sample, ${intervalMs})
     parentPort.on('message', () => { clearInterval(timer); sample(); parentPort.postMessage(peak) })`,
    { eval: true },
  )
  return {
    stop: () =>
      new Promise<number>((resolve, reject) => {
        worker.once('message', (peak: number) => {
          void worker.terminate()
          resolve(peak)
        })
        worker.once('error', reject)
        worker.postMessage('stop')
      }),
  }
}

/** Decompressed size of a file (plain files: their size). */
async function textBytes(path: string, gzip: boolean, bytes: number): Promise<number> {
  if (!gzip) return bytes
  let total = 0
  for await (const chunk of createReadStream(path).pipe(createGunzip())) total += (chunk as Buffer).length
  return total
}

const round = (value: number, digits = 1): number => Number(value.toFixed(digits))

export async function benchIngest(options: IngestBenchOptions): Promise<IngestBenchResult> {
  const log = options.log ?? ((line: string): void => console.log(line))
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'skyhound-bench-ingest-')))
  try {
    let manifest: DemoManifest | undefined
    const g0 = performance.now()
    if (options.dir === undefined) {
      log(`generating the demo estate at ${options.resources} resources in ${dir}…`)
      manifest = await generateDemoEstate({ outDir: dir, seed: options.seed ?? 1, resources: options.resources })
    }
    const generateSeconds = (performance.now() - g0) / 1000
    global.gc?.()

    const sampler = startRssSampler()
    const fileSeconds = new Map<string, { wall: number; cpu: number }>()
    const cpuNow = (): number => {
      const usage = process.cpuUsage()
      return (usage.user + usage.system) / 1e6
    }
    let current: { path: string; start: number; cpu: number } | undefined
    const stageStart: Record<string, number> = {}
    const stageEnd: Record<string, number> = {}
    const t0 = performance.now()
    const cpu0 = cpuNow()
    const result = await scan({
      paths: [dir],
      ...(options.analyses ? {} : { analyses: [] }),
      onProgress: (progress) => {
        const now = performance.now()
        stageStart[progress.stage] ??= now
        stageEnd[progress.stage] = now
        if (progress.stage !== 'read') return
        const cpu = cpuNow()
        if (current !== undefined) fileSeconds.set(current.path, { wall: (now - current.start) / 1000, cpu: cpu - current.cpu })
        current = progress.item === undefined ? undefined : { path: progress.item, start: now, cpu }
      },
    })
    const scanSeconds = (performance.now() - t0) / 1000
    const scanCpuSeconds = cpuNow() - cpu0
    const peakRss = await sampler.stop()
    const stage = (name: string): number => ((stageEnd[name] ?? 0) - (stageStart[name] ?? 0)) / 1000

    const byFormat = new Map<string, { files: number; bytes: number; textBytes: number; resources: number; seconds: number; cpuSeconds: number }>()
    let diskBytes = 0
    let parsedBytes = 0
    for (const input of result.header.inputs) {
      const gzip = input.path.endsWith('.gz')
      const text = await textBytes(input.path, gzip, input.bytes)
      diskBytes += input.bytes
      parsedBytes += text
      const row = byFormat.get(input.format) ?? { files: 0, bytes: 0, textBytes: 0, resources: 0, seconds: 0, cpuSeconds: 0 }
      row.files++
      row.bytes += input.bytes
      row.textBytes += text
      row.resources += input.resources
      row.seconds += fileSeconds.get(input.path)?.wall ?? 0
      row.cpuSeconds += fileSeconds.get(input.path)?.cpu ?? 0
      byFormat.set(input.format, row)
    }
    const formats: FormatThroughput[] = [...byFormat.entries()]
      .map(([format, row]) => ({ format, ...row }))
      .sort((a, b) => b.textBytes - a.textBytes)
    const bench: IngestBenchResult = {
      resources: manifest?.counts.resources ?? options.resources,
      files: result.header.inputs.length,
      generateSeconds: round(generateSeconds),
      scanSeconds: round(scanSeconds, 2),
      scanCpuSeconds: round(scanCpuSeconds, 2),
      readSeconds: round(stage('read'), 2),
      buildSeconds: round(stage('build'), 2),
      analyzeSeconds: round(stage('analyze'), 2),
      diskMB: round(diskBytes / MB),
      textMB: round(parsedBytes / MB),
      textMBps: round(parsedBytes / MB / scanSeconds),
      diskMBps: round(diskBytes / MB / scanSeconds),
      nodes: result.graph.nodeCount,
      edges: result.graph.edgeCount,
      nodesPerSecond: Math.round(result.graph.nodeCount / scanSeconds),
      issues: result.issues.length,
      peakRssMB: Math.round(peakRss / MB),
      maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
      formats,
    }
    log(render(bench))
    return bench
  } finally {
    if (options.dir === undefined && !options.keep) await rm(dir, { recursive: true, force: true })
  }
}

function render(b: IngestBenchResult): string {
  const rows = b.formats.map((f) => {
    const rate = f.seconds > 0 ? `${(f.textBytes / MB / f.seconds).toFixed(1)} MB/s, ${Math.round(f.resources / f.seconds)} res/s` : '—'
    return `  ${f.format.padEnd(30)} ${String(f.files).padStart(4)} files ${(f.textBytes / MB).toFixed(1).padStart(7)} MB ${String(f.resources).padStart(8)} nodes ${f.seconds.toFixed(2).padStart(7)} s (cpu ${f.cpuSeconds.toFixed(2)} s)  ${rate}`
  })
  return [
    `ingest: ${b.resources} resources, ${b.files} files, ${b.diskMB} MB on disk (${b.textMB} MB of text); generated in ${b.generateSeconds} s`,
    `scan ${b.scanSeconds} s, cpu ${b.scanCpuSeconds} s (read ${b.readSeconds} s, build ${b.buildSeconds} s, analyses ${b.analyzeSeconds} s)`,
    `throughput ${b.textMBps} MB/s of text (${b.diskMBps} MB/s on disk), ${b.nodesPerSecond} nodes/s; ${b.nodes} nodes, ${b.edges} edges, ${b.issues} issues`,
    `peak RSS during the scan ${b.peakRssMB} MB (process high-water mark ${b.maxRssMB} MB)`,
    'per format (read stage: detect + read + add to the builder):',
    ...rows,
  ].join('\n')
}
