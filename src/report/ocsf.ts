/**
 * @module OCSF export (schema 1.1.0): each finding as a Compliance Finding (class 2003, the default) or a
 * Detection Finding (class 2004), category Findings (2), activity Create (1). A JSON array of events.
 */
import type { Finding } from '../model/finding.js'
import type { Severity } from '../model/vocabulary.js'
import type { ExportInput } from './export-input.js'
import { frameworksOf, str } from './export-input.js'
import { ITEMS, jsonText } from './json-document.js'
import type { JsonDocument } from './json-document.js'

export const OCSF_VERSION = '1.1.0'
export const OCSF_CLASSES = { compliance: { uid: 2003, name: 'Compliance Finding' }, detection: { uid: 2004, name: 'Detection Finding' } } as const
export type OcsfClass = keyof typeof OCSF_CLASSES

export interface OcsfOptions {
  readonly class?: OcsfClass
  readonly includePassed?: boolean
}

const SEVERITY_ID: Readonly<Record<Severity, number>> = { low: 2, medium: 3, high: 4, critical: 5 }
const SEVERITY_NAME: Readonly<Record<Severity, string>> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' }
const CLOUD_PROVIDER: Readonly<Record<string, string>> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', kubernetes: 'Kubernetes' }

/** compliance.status_id: 1 Pass, 3 Fail, 0 Unknown (not-applicable, unknown, error). */
function complianceStatus(finding: Finding): { status_id: number; status: string } {
  if (finding.status === 'healthy') return { status_id: 1, status: 'Pass' }
  if (finding.status === 'unhealthy') return { status_id: 3, status: 'Fail' }
  return { status_id: 0, status: 'Unknown' }
}

function event(input: ExportInput, finding: Finding, kind: OcsfClass) {
  const rule = input.rules.get(finding.ruleId)
  const cls = OCSF_CLASSES[kind]
  const time = Date.parse(input.generatedAt ?? input.snapshot.createdAt)
  const exempted = finding.details['exemption'] !== undefined
  const provider = str(finding.details['provider'])
  const frameworks = frameworksOf(rule)
  return {
    activity_id: 1,
    activity_name: 'Create',
    category_uid: 2,
    category_name: 'Findings',
    class_uid: cls.uid,
    class_name: cls.name,
    type_uid: cls.uid * 100 + 1,
    type_name: `${cls.name}: Create`,
    time,
    severity_id: SEVERITY_ID[finding.severity],
    severity: SEVERITY_NAME[finding.severity],
    // 1 New, 3 Suppressed (exempted), 4 Resolved (healthy).
    status_id: finding.status === 'healthy' ? 4 : exempted ? 3 : 1,
    message: finding.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'Skyhound', vendor_name: 'Skyhound', version: input.toolVersion },
      uid: finding.id,
      profiles: ['cloud'],
    },
    finding_info: {
      uid: finding.id,
      title: rule?.title ?? finding.ruleId,
      desc: rule?.description ?? finding.message,
      types: rule?.categories ?? [],
      analytic: { uid: finding.ruleId, name: finding.ruleId, type_id: 1, type: 'Rule' },
    },
    ...(kind === 'compliance'
      ? {
          compliance: {
            standards: Object.keys(frameworks).length > 0 ? Object.keys(frameworks) : ['skyhound'],
            requirements: Object.entries(frameworks).flatMap(([fw, reqs]) => reqs.map((r) => `${fw}:${r}`)),
            control: str(finding.details['control']),
            ...complianceStatus(finding),
          },
        }
      : {}),
    resources: [
      {
        uid: finding.nodeId,
        name: str(finding.details['name']) || finding.nodeId,
        type: str(finding.details['kind']),
        cloud_partition: provider,
        group: { name: finding.scope },
      },
    ],
    ...(provider in CLOUD_PROVIDER ? { cloud: { provider: CLOUD_PROVIDER[provider]!, account: { uid: finding.scope } } } : {}),
    ...(rule === undefined ? {} : { remediation: { desc: rule.remediation.steps.join(' ') } }),
    unmapped: { risk: str(finding.details['risk']), skyhound_status: finding.status },
  }
}

export function formatOcsf(input: ExportInput, options: OcsfOptions = {}): string {
  return jsonText(ocsfDocument(input, options))
}

/** The OCSF events as a top-level array (json-document.ts streams it). */
export function ocsfDocument(input: ExportInput, options: OcsfOptions = {}): JsonDocument {
  const kind = options.class ?? 'compliance'
  const findings = input.findings.filter((f) => f.status === 'unhealthy' || (options.includePassed === true && f.status === 'healthy'))
  return { document: ITEMS, count: findings.length, item: (i) => event(input, findings[i]!, kind) }
}
