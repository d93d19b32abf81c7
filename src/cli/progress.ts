/** @module Progress bars for scans longer than a second (only on a TTY, never with --json). */
import cliProgress from 'cli-progress'
import type { ScanProgress } from '../scan/pipeline.js'
import type { CliContext } from './cli-context.js'

const SHOW_AFTER_MS = 1000

/** Returns a progress callback and a `stop` to call when the scan ends. */
export function scanProgress(ctx: CliContext): { onProgress: (p: ScanProgress) => void; stop: () => void } {
  if (!ctx.interactive) return { onProgress: () => undefined, stop: () => undefined }
  const started = Date.now()
  let bar: cliProgress.SingleBar | undefined
  let stage = ''
  const onProgress = (p: ScanProgress): void => {
    if (bar === undefined && Date.now() - started < SHOW_AFTER_MS) return
    if (bar === undefined || stage !== p.stage) {
      bar?.stop()
      stage = p.stage
      bar = new cliProgress.SingleBar(
        { stream: ctx.stderr, format: `${p.stage.padEnd(8)} [{bar}] {value}/{total} {item}`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
      bar.start(p.total, p.done, { item: '' })
    }
    bar.update(p.done, { item: p.item ?? '' })
  }
  return { onProgress, stop: () => bar?.stop() }
}
