/** @module JSON export: one document with the snapshot, the rules referenced and the findings as stored. */
import type { ExportInput } from './export-input.js'
import { frameworksOf } from './export-input.js'
import { ITEMS, jsonText } from './json-document.js'
import type { JsonDocument } from './json-document.js'

export interface JsonOptions {
  readonly pretty?: boolean
}

export function formatJson(input: ExportInput, options: JsonOptions = {}): string {
  return jsonText(jsonDocument(input), options.pretty === false ? 0 : 2)
}

/** The export as a document around its findings (json-document.ts streams it). */
export function jsonDocument(input: ExportInput): JsonDocument {
  const ruleIds = [...new Set(input.findings.map((f) => f.ruleId))].sort()
  const rules = ruleIds.map((id) => {
    const rule = input.rules.get(id)
    return rule === undefined
      ? { id }
      : { id, title: rule.title, severity: rule.severity, control: rule.control, categories: rule.categories, frameworks: frameworksOf(rule), remediation: rule.remediation }
  })
  const document = {
    generator: { name: 'skyhound', version: input.toolVersion },
    generatedAt: input.generatedAt ?? input.snapshot.createdAt,
    snapshot: { id: input.snapshot.id, createdAt: input.snapshot.createdAt },
    rules,
    findings: ITEMS,
  }
  return { document, count: input.findings.length, item: (i) => input.findings[i] }
}
