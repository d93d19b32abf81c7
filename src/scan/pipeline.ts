/**
 * @module scan(inputs) → snapshot: detect format → read/normalize → build graph → analyses → summary.
 * Every stage is a plain function; only reading files and the store touch the outside world.
 */
import { randomBytes } from 'node:crypto'
import { orderAnalyses } from '../analyses/analysis.js'
import type { Analysis } from '../analyses/analysis.js'
import { BUILTIN_ANALYSES } from '../analyses/index.js'
import { detectFormat, sampleOf } from '../formats/detect.js'
import type { FormatAdapter, ScanOptions } from '../formats/format-adapter.js'
import { InputFile } from '../formats/input-file.js'
import { readInput } from '../formats/read-input.js'
import { BUILTIN_FORMATS, verifyFormats } from '../formats/registry.js'
import { GraphBuilder, deriveGraph } from '../graph/graph-builder.js'
import type { DanglingEdge } from '../graph/graph-builder.js'
import type { SecurityGraph } from '../graph/security-graph.js'
import { SkyhoundError } from '../model/errors.js'
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import type { SecureScore } from '../model/secure-score.js'
import { findAttackPaths } from '../paths/find-attack-paths.js'
import { evaluateRules, prioritizeFindings } from '../rules/evaluate-rules.js'
import { computeSecureScore } from '../score/compute-secure-score.js'
import { INTERNET_NODE_ID } from '../model/graph-types.js'
import type { ScanIssue } from '../model/issue.js'
import type { SnapshotHeader, SnapshotInput, SnapshotSummary } from '../model/snapshot.js'
import { collectInputs } from './collect-inputs.js'
import { summarize } from './summarize.js'

export type ScanStage = 'read' | 'build' | 'analyze' | 'evaluate'

export interface ScanProgress {
  readonly stage: ScanStage
  readonly done: number
  readonly total: number
  readonly item?: string
}

export interface ScanRequest {
  readonly paths: readonly string[]
  readonly options?: ScanOptions
  readonly formats?: readonly FormatAdapter[]
  /** Folder of custom YAML/CEL rules. */
  readonly customRulesDir?: string
  readonly analyses?: readonly Analysis[]
  readonly onProgress?: (progress: ScanProgress) => void
  /** Fixed clock and id for reproducible output (tests, demo). */
  readonly now?: Date
  readonly snapshotId?: string
}

export interface ScanResult {
  readonly header: SnapshotHeader
  readonly graph: SecurityGraph
  readonly dangling: readonly DanglingEdge[]
  readonly issues: readonly ScanIssue[]
  readonly findings: readonly Finding[]
  readonly attackPaths: readonly AttackPath[]
  readonly secureScore: SecureScore | null
  readonly summary: SnapshotSummary
  /** Inputs that produced at least one node, and inputs that failed or were not recognised. */
  readonly readable: number
  readonly unreadable: number
}

/** Individual dangling-reference issues beyond this count are summarised in one issue. */
const MAX_DANGLING_ISSUES = 50

export function newSnapshotId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return `snap-${stamp}-${randomBytes(3).toString('hex')}`
}

function unrecognized(path: string, formats: readonly FormatAdapter[]): ScanIssue {
  return {
    file: path,
    location: 'file',
    kind: 'unrecognized-format',
    message: `${path} is not a supported input format`,
    hint: `supported: ${formats.map((f) => f.id).join(', ')} (see \`skyhound formats\`)`,
  }
}

function danglingIssues(dangling: readonly DanglingEdge[]): ScanIssue[] {
  const issues: ScanIssue[] = dangling.slice(0, MAX_DANGLING_ISSUES).map((edge) => ({
    file: '(graph)',
    location: `${edge.kind} ${edge.from} → ${edge.to}`,
    kind: 'dangling-reference',
    message: `edge ${edge.kind} points at ${edge.missing === 'from' ? edge.from : edge.to}, which no input defines`,
    hint: 'add the export that holds that resource to the scan, or ignore if it lives outside the estate',
  }))
  if (dangling.length > MAX_DANGLING_ISSUES) {
    issues.push({
      file: '(graph)',
      location: 'edges',
      kind: 'dangling-reference',
      message: `${dangling.length - MAX_DANGLING_ISSUES} more dangling references not listed`,
    })
  }
  return issues
}

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const formats = request.formats ?? BUILTIN_FORMATS
  verifyFormats(formats)
  const options = request.options ?? {}
  const progress = request.onProgress ?? ((): void => undefined)
  const now = request.now ?? new Date()
  const files = await collectInputs(request.paths)

  const builder = new GraphBuilder()
  builder.addNode({ id: INTERNET_NODE_ID, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' })
  const issues: ScanIssue[] = []
  const inputs: SnapshotInput[] = []
  let readable = 0
  for (const [i, input] of files.entries()) {
    const path = input.path
    progress({ stage: 'read', done: i, total: files.length, item: path })
    let file: InputFile
    try {
      file = await InputFile.open(path)
    } catch (error) {
      issues.push({ file: path, location: 'file', kind: 'unreadable-input', message: `${path} cannot be opened: ${String(error)}` })
      continue
    }
    const format = detectFormat(await sampleOf(file), formats)
    if (format === undefined) {
      issues.push(unrecognized(path, formats))
      continue
    }
    const result = await readInput(file, format, input.options === undefined ? options : { ...options, ...input.options })
    issues.push(...result.issues)
    const provenance = { file: path, format: format.id }
    builder.addFragment(result.fragment, provenance)
    inputs.push({ path, format: format.id, bytes: file.bytes, resources: result.fragment.nodes.length })
    if (result.completed || result.fragment.nodes.length > 0) readable++
  }
  progress({ stage: 'read', done: files.length, total: files.length })

  if (readable === 0) {
    const first = issues[0]
    throw new SkyhoundError(
      'SKY_INPUT_UNRECOGNIZED',
      files.length === 0
        ? `no input files found in ${request.paths.join(', ')}`
        : `no input could be read: ${first ? `${first.message}` : 'unknown reason'}`,
      { where: first?.file ?? request.paths.join(', '), hint: first?.hint ?? 'pass export files or folders; see `skyhound formats`' },
    )
  }

  progress({ stage: 'build', done: 0, total: 1 })
  const built = builder.build()
  issues.push(...danglingIssues(built.dangling))
  issues.push(...built.aliasConflicts.slice(0, MAX_DANGLING_ISSUES).map((c): ScanIssue => ({
    file: '(graph)',
    location: `alias ${c.alias}`,
    kind: 'alias-conflict',
    message: `${c.ignored} and ${c.kept} both list the alias ${c.alias}; it stays with ${c.kept} and the two are not merged`,
    hint: 'an alias must name one resource: check the inputs that describe these two nodes',
  })))
  progress({ stage: 'build', done: 1, total: 1 })

  let graph = built.graph
  const analyses = orderAnalyses(request.analyses ?? BUILTIN_ANALYSES)
  for (const [i, analysis] of analyses.entries()) {
    progress({ stage: 'analyze', done: i, total: analyses.length, item: analysis.id })
    graph = deriveGraph(graph, analysis.run(graph, { options }))
  }
  progress({ stage: 'analyze', done: analyses.length, total: analyses.length })

  // Rules first; paths read findings (which recommendations break them); risk reads paths; the score
  // reads the prioritized findings.
  progress({ stage: 'evaluate', done: 0, total: 3 })
  const evaluated = evaluateRules(graph, { ...(request.customRulesDir === undefined ? {} : { customRulesDir: request.customRulesDir }) })
  progress({ stage: 'evaluate', done: 1, total: 3, item: 'attack paths' })
  const attackPaths = findAttackPaths(graph, evaluated)
  progress({ stage: 'evaluate', done: 2, total: 3, item: 'secure score' })
  const findings = prioritizeFindings(evaluated, graph, attackPaths)
  const secureScore = computeSecureScore(graph, findings)
  progress({ stage: 'evaluate', done: 3, total: 3 })

  const header: SnapshotHeader = { id: request.snapshotId ?? newSnapshotId(now), createdAt: now.toISOString(), inputs }
  const summary = summarize({ header, graph, dangling: built.dangling, issues, findings, attackPaths, secureScore })
  return {
    header,
    graph,
    dangling: built.dangling,
    issues,
    findings,
    attackPaths,
    secureScore,
    summary,
    readable,
    unreadable: files.length - readable,
  }
}
