/**
 * @module SARIF 2.1.0 export: one run, the rules as `tool.driver.rules`, each finding a result whose
 * location is the cloud resource as a logical location (cloud resources have no file). Unhealthy →
 * `kind: fail` with a level from the severity; healthy findings, when included, → `kind: pass`.
 */
import type { Finding } from '../model/finding.js'
import type { Severity } from '../model/vocabulary.js'
import type { ExportInput } from './export-input.js'
import { frameworksOf, str } from './export-input.js'
import { ITEMS, jsonText } from './json-document.js'
import type { JsonDocument } from './json-document.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifOptions {
  /** Include healthy findings as `kind: pass` results (default: unhealthy only). */
  readonly includePassed?: boolean
}

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' }
/** GitHub code scanning reads `security-severity` (0–10) from rule properties. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' }

function result(finding: Finding, ruleIndex: number) {
  const pass = finding.status === 'healthy'
  const exemption = finding.details['exemption']
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    kind: pass ? 'pass' : 'fail',
    level: pass ? 'none' : LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        logicalLocations: [{ name: str(finding.details['name']) || finding.nodeId, fullyQualifiedName: finding.nodeId, kind: 'resource' }],
      },
    ],
    partialFingerprints: { 'skyhound/finding/v1': finding.id },
    ...(typeof exemption === 'object' && exemption !== null && !Array.isArray(exemption)
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${str(exemption['category'])} exemption ${str(exemption['id'])}` }] }
      : {}),
    properties: {
      scope: finding.scope,
      provider: str(finding.details['provider']),
      resourceKind: str(finding.details['kind']),
      ...(finding.details['risk'] === undefined ? {} : { risk: str(finding.details['risk']) }),
    },
  }
}

export function formatSarif(input: ExportInput, options: SarifOptions = {}): string {
  return jsonText(sarifDocument(input, options))
}

/** The SARIF log around its results (json-document.ts streams it). */
export function sarifDocument(input: ExportInput, options: SarifOptions = {}): JsonDocument {
  const findings = input.findings.filter((f) => f.status === 'unhealthy' || (options.includePassed === true && f.status === 'healthy'))
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort()
  const index = new Map(ruleIds.map((id, i) => [id, i]))
  const rules = ruleIds.map((id) => {
    const rule = input.rules.get(id)
    if (rule === undefined) return { id }
    const frameworks = Object.entries(frameworksOf(rule)).flatMap(([fw, reqs]) => reqs.map((r) => `${fw}/${r}`))
    return {
      id,
      name: id.replace(/(^|-)([a-z0-9])/g, (_m, _d: string, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.description },
      help: { text: rule.remediation.steps.join('\n'), markdown: rule.remediation.steps.map((s) => `- ${s}`).join('\n') },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: { tags: [...new Set(['security', ...rule.categories, ...frameworks])], 'security-severity': SECURITY_SEVERITY[rule.severity], control: rule.control },
    }
  })
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Skyhound', semanticVersion: input.toolVersion, version: input.toolVersion, rules } },
        automationDetails: { id: `skyhound/${input.snapshot.id}` },
        invocations: [{ executionSuccessful: true, endTimeUtc: input.generatedAt ?? input.snapshot.createdAt }],
        results: ITEMS,
      },
    ],
  }
  return { document: log, count: findings.length, item: (i) => result(findings[i]!, index.get(findings[i]!.ruleId) ?? -1) }
}
