/** @module Runs one format reader on one file and collects what it emits. */
import type { GraphFragment, NodeInput, EdgeInput } from '../model/graph-types.js'
import type { ScanIssue } from '../model/issue.js'
import { isSkyhoundError } from '../model/errors.js'
import type { FormatAdapter, ScanOptions } from './format-adapter.js'
import type { InputFile } from './input-file.js'

export interface ReadResult {
  readonly fragment: GraphFragment
  readonly issues: readonly ScanIssue[]
  /** False when the reader failed before finishing (what it emitted so far is still kept). */
  readonly completed: boolean
}

export async function readInput(file: InputFile, format: FormatAdapter, options: ScanOptions = {}): Promise<ReadResult> {
  const nodes: NodeInput[] = []
  const edges: EdgeInput[] = []
  const issues: ScanIssue[] = []
  const ctx = {
    file,
    options,
    emit(fragment: GraphFragment): void {
      for (const node of fragment.nodes) nodes.push(node)
      for (const edge of fragment.edges) edges.push(edge)
    },
    issue(issue: Omit<ScanIssue, 'file'>): void {
      issues.push({ file: file.path, ...issue })
    },
  }
  try {
    await format.read(ctx)
    return { fragment: { nodes, edges }, issues, completed: true }
  } catch (error) {
    if (isSkyhoundError(error)) {
      const location = error.where?.startsWith(`${file.path}:`) ? error.where.slice(file.path.length + 1) : 'file'
      issues.push({ file: file.path, location, kind: 'parse-error', message: error.message, ...(error.hint ? { hint: error.hint } : {}) })
    } else {
      const message = error instanceof Error ? error.message : String(error)
      issues.push({ file: file.path, location: 'file', kind: 'unexpected', message: `${format.id} reader failed: ${message}`, hint: 'report this with the file (redacted) to the Skyhound maintainers' })
    }
    return { fragment: { nodes, edges }, issues, completed: false }
  }
}
