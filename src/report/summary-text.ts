/** @module Human-readable rendering of a snapshot summary and coverage report. */
import type { SnapshotSummary } from '../model/snapshot.js'
import type { CoverageRow } from '../scan/summarize.js'

function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)))
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n')
}

function counts(record: Record<string, number>): string[][] {
  return Object.entries(record).map(([key, value]) => [key, String(value)])
}

export function renderSummary(summary: SnapshotSummary, options: { issueLimit?: number } = {}): string {
  const lines: string[] = []
  const { snapshot, resources } = summary
  lines.push(`Snapshot ${snapshot.id} (${snapshot.createdAt}) from ${snapshot.inputs.length} input(s)`)
  lines.push(`Resources: ${resources.total}`)
  lines.push(table(counts(resources.byProvider)))
  lines.push('By family:')
  lines.push(table(counts(resources.byFamily)))
  lines.push(`Edges: ${summary.edges.total} (${summary.edges.dangling} dangling)`)
  lines.push(`Findings: ${summary.findings.total}   Attack paths: ${summary.attackPaths.total}` +
    (summary.secureScore ? `   Secure score: ${summary.secureScore.percentage}%` : ''))
  if (summary.issues.length > 0) {
    const limit = options.issueLimit ?? 20
    lines.push(`Issues: ${summary.issues.length}`)
    for (const issue of summary.issues.slice(0, limit)) {
      lines.push(`  ${issue.kind}: ${issue.file} @ ${issue.location}: ${issue.message}${issue.hint ? ` (hint: ${issue.hint})` : ''}`)
    }
    if (summary.issues.length > limit) lines.push(`  … ${summary.issues.length - limit} more (use --json for all)`)
  }
  return lines.join('\n')
}

export function renderCoverage(rows: readonly CoverageRow[]): string {
  const mapped = rows.filter((r) => r.mapped).reduce((n, r) => n + r.count, 0)
  const unmapped = rows.filter((r) => !r.mapped).reduce((n, r) => n + r.count, 0)
  const lines = [`Coverage: ${mapped} resources mapped, ${unmapped} kept as generic nodes`]
  lines.push(table([['provider', 'kind', 'count', 'mapped'], ...rows.map((r) => [r.provider, r.kind, String(r.count), r.mapped ? 'yes' : 'no'])]))
  return lines.join('\n')
}
