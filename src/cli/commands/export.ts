/** @module `skyhound export --format sarif|ocsf|csv|json`: findings of a snapshot (or its score history) to a file or stdout. */
import { open, rename, rm } from 'node:fs/promises'
import type { Command } from 'commander'
import { SkyhoundError } from '../../model/errors.js'
import { csvLine } from '../../report/csv.js'
import { byRisk, filterFindings } from '../../report/finding-filter.js'
import { EXPORT_FORMATS, FORMATTERS, isExportFormat } from '../../report/formatters.js'
import type { ExportFormat } from '../../report/formatters.js'
import { loadPostureSnapshot } from '../../report/posture-snapshot.js'
import { scoreHistory } from '../../score/score-history.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'
import { SERVER_VERSION as VERSION } from '../../server/version.js'
import { addFilterOptions, filterOf } from './findings.js'
import type { FilterFlags } from './findings.js'
import { historyPoints } from './score.js'
import { jsonChunks } from '../../report/json-document.js'
import { jsonDocument } from '../../report/json.js'
import { ocsfDocument } from '../../report/ocsf.js'
import { sarifDocument } from '../../report/sarif.js'

interface ExportFlags extends FilterFlags {
  readonly format: string
  readonly output?: string
  readonly includePassed?: boolean
  readonly ocsfClass?: string
  readonly scoreHistory?: boolean
}

function scoreHistoryText(format: ExportFormat, history: ReturnType<typeof scoreHistory>): string {
  if (format === 'json') return `${JSON.stringify({ history }, null, 2)}\n`
  if (format !== 'csv') throw new SkyhoundError('SKY_USAGE', `the score history exports as json or csv, not ${format}`, { hint: '--score-history --format csv' })
  const rows = [csvLine(['snapshot', 'created_at', 'percentage', 'current', 'max', 'delta', 'drivers'])]
  for (const h of history) {
    const drivers = h.drivers.map((d) => `${d.ruleId}:${d.points.toFixed(2)}`).join(';')
    rows.push(csvLine([h.snapshot, h.createdAt, h.percentage.toFixed(4), h.current.toFixed(4), String(h.max), h.delta === null ? '' : h.delta.toFixed(4), drivers]))
  }
  return rows.join('')
}

/** Writes beside `path` and renames, so a crash never leaves a half-written export under the real name. */
async function writeChunksAtomically(path: string, chunks: Iterable<string>): Promise<number> {
  const partial = `${path}.partial`
  const file = await open(partial, 'w')
  let bytes = 0
  try {
    try {
      for (const chunk of chunks) {
        const buffer = Buffer.from(chunk)
        await file.write(buffer)
        bytes += buffer.length
      }
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return bytes
}

export async function runExport(ctx: CliContext, flags: ExportFlags): Promise<ExitCode> {
  if (!isExportFormat(flags.format)) throw new SkyhoundError('SKY_USAGE', `--format ${flags.format} is not one of ${EXPORT_FORMATS.join(', ')}`, { hint: '--format sarif' })
  if (flags.ocsfClass !== undefined && flags.ocsfClass !== 'compliance' && flags.ocsfClass !== 'detection') {
    throw new SkyhoundError('SKY_USAGE', `--ocsf-class ${flags.ocsfClass} is not compliance or detection`, { hint: '--ocsf-class compliance' })
  }
  const format = flags.format
  const store = await openStore(ctx.flags.db)
  let chunks: Iterable<string>
  let count: number
  let snapshotId: string | null = null
  try {
    if (flags.scoreHistory === true) {
      const history = scoreHistory(await historyPoints(store, 1000, flags.rules))
      chunks = [scoreHistoryText(format, history)]
      count = history.length
    } else {
      const snapshot = await loadPostureSnapshot(store, flags.snapshot, flags.rules === undefined ? {} : { customRulesDir: flags.rules })
      snapshotId = snapshot.id
      const statuses = flags.status ?? (flags.includePassed === true ? ['unhealthy', 'healthy', 'exempted'] : ['unhealthy', 'exempted'])
      const findings = filterFindings(snapshot.exemptions.findings, { ...filterOf(flags), statuses }).sort(byRisk)
      const input = { snapshot: snapshot.summary.snapshot, findings, rules: snapshot.rules, toolVersion: VERSION }
      const includePassed = flags.includePassed === true
      // JSON formats are written piece by piece: a 1M-resource export can pass V8's string length limit.
      chunks =
        format === 'sarif'
          ? jsonChunks(sarifDocument(input, { includePassed }))
          : format === 'ocsf'
            ? jsonChunks(ocsfDocument(input, { includePassed, class: flags.ocsfClass === 'detection' ? 'detection' : 'compliance' }))
            : format === 'csv'
              ? [FORMATTERS.csv.format(input, {})]
              : jsonChunks(jsonDocument(input))
      count = findings.length
    }
  } finally {
    await store.close()
  }
  if (flags.output === undefined) {
    for (const chunk of chunks) ctx.stdout.write(chunk)
    return EXIT.ok
  }
  const bytes = await writeChunksAtomically(flags.output, chunks)
  if (ctx.flags.json) ctx.printJson({ format, output: flags.output, snapshot: snapshotId, records: count, bytes })
  else ctx.say(`Wrote ${count} ${flags.scoreHistory === true ? 'score points' : 'findings'} as ${format} to ${flags.output}`)
  return EXIT.ok
}

export function registerExport(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  addFilterOptions(
    program
      .command('export')
      .summary('export findings as SARIF 2.1.0, OCSF, CSV or JSON (or the score history as JSON/CSV)')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
      .option('--output <file>', 'write to a file instead of stdout')
      .option('--include-passed', 'also export healthy findings (SARIF kind pass, OCSF status Pass)')
      .option('--ocsf-class <class>', 'compliance (2003, default) or detection (2004)')
      .option('--score-history', 'export the secure score of every snapshot instead of findings (json or csv)'),
  ).action(async (flags: ExportFlags) => done(await runExport(context(), flags)))
}
