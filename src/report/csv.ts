/** @module CSV export (RFC 4180): one row per finding, frameworks as `framework:requirement` joined by `;`. */
import type { ExportInput } from './export-input.js'
import { frameworksOf, str } from './export-input.js'

export const CSV_COLUMNS = [
  'finding_id', 'rule_id', 'title', 'status', 'severity', 'risk', 'risk_factors', 'provider', 'scope', 'resource_id',
  'resource_name', 'resource_kind', 'control', 'frameworks', 'exemption', 'message',
] as const

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

export function formatCsv(input: ExportInput): string {
  const lines = [csvLine(CSV_COLUMNS)]
  for (const f of input.findings) {
    const rule = input.rules.get(f.ruleId)
    const factors = Array.isArray(f.details['riskFactors'])
      ? f.details['riskFactors'].map((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? str(x['factor']) : '')).join(';')
      : ''
    const exemption = f.details['exemption']
    const frameworks = Object.entries(frameworksOf(rule)).flatMap(([fw, reqs]) => reqs.map((r) => `${fw}:${r}`))
    lines.push(
      csvLine([
        f.id, f.ruleId, rule?.title ?? '', f.status, f.severity, str(f.details['risk']), factors, str(f.details['provider']), f.scope, f.nodeId,
        str(f.details['name']), str(f.details['kind']), str(f.details['control']), frameworks.join(';'),
        typeof exemption === 'object' && exemption !== null && !Array.isArray(exemption) ? `${str(exemption['category'])}:${str(exemption['id'])}` : '',
        f.message,
      ]),
    )
  }
  return lines.join('')
}
