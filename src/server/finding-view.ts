/** @module Findings, rules and tallies as the posture API returns them (names from the graph, rule titles, frameworks). */
import type { z } from '@hono/zod-openapi'
import type { GraphView } from '../graph/graph-view.js'
import type { Finding } from '../model/finding.js'
import type { JsonValue } from '../model/graph-types.js'
import { frameworksOf, str } from '../report/export-input.js'
import type { Rule } from '../rules/define-rule.js'
import { SECURITY_CONTROLS, isControlId } from '../rules/security-controls.js'
import { riskOf } from './posture-index.js'
import type { RuleTally } from './posture-index.js'
import type { FindingSchema, RecommendationSchema, RuleDetailSchema, RuleSummarySchema } from './schemas/posture.js'

type FindingView = z.infer<typeof FindingSchema>

const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function controlTitle(control: string): string {
  return isControlId(control) ? SECURITY_CONTROLS[control].title : control
}

function riskFactors(value: JsonValue | undefined): FindingView['riskFactors'] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).map((f) => ({ factor: str(f['factor']), weight: typeof f['weight'] === 'number' ? f['weight'] : 0, detail: str(f['detail']) }))
}

export function findingView(finding: Finding, rules: ReadonlyMap<string, Rule>, graph: GraphView): FindingView {
  const d = finding.details
  const index = graph.indexOf(finding.nodeId)
  const exemption = d['exemption']
  const category = isObject(exemption) ? exemption['category'] : undefined
  return {
    id: finding.id,
    ruleId: finding.ruleId,
    title: rules.get(finding.ruleId)?.title ?? finding.ruleId,
    nodeId: finding.nodeId,
    name: str(d['name']) || (index === undefined ? finding.nodeId : graph.nodeName(index)),
    kind: str(d['kind']) || (index === undefined ? '' : graph.nodeKind(index)),
    provider: str(d['provider']),
    scope: finding.scope,
    status: finding.status,
    severity: finding.severity,
    risk: finding.status === 'unhealthy' ? riskOf(finding) : null,
    riskScore: typeof d['riskScore'] === 'number' ? d['riskScore'] : null,
    riskFactors: riskFactors(d['riskFactors']),
    control: str(d['control']) || (rules.get(finding.ruleId)?.control ?? ''),
    message: finding.message,
    exemption:
      isObject(exemption) && (category === 'mitigated' || category === 'waiver')
        ? { id: str(exemption['id']), name: str(exemption['name']), category, expiresAt: typeof exemption['expiresAt'] === 'string' ? exemption['expiresAt'] : null }
        : null,
  }
}

export function ruleSummary(rule: Rule): z.infer<typeof RuleSummarySchema> {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    control: rule.control,
    controlTitle: controlTitle(rule.control),
    provider: rule.provider ?? null,
    categories: rule.categories,
    preview: rule.preview === true,
    source: rule.source,
    frameworks: frameworksOf(rule),
  }
}

export function ruleDetail(rule: Rule): z.infer<typeof RuleDetailSchema> {
  return {
    ...ruleSummary(rule),
    description: rule.description,
    remediation: rule.remediation,
    target: { ...(rule.target.kinds === undefined ? {} : { kinds: rule.target.kinds }), ...(rule.target.families === undefined ? {} : { families: rule.target.families }) },
  }
}

const EMPTY_TALLY: RuleTally = { unhealthy: 0, healthy: 0, notApplicable: 0, exempted: 0, undetermined: 0, maxRisk: undefined }

export function recommendationView(rule: Rule, tally: RuleTally | undefined, potentialIncrease: number): z.infer<typeof RecommendationSchema> {
  const t = tally ?? EMPTY_TALLY
  return {
    ...ruleSummary(rule),
    tally: { unhealthy: t.unhealthy, healthy: t.healthy, notApplicable: t.notApplicable, exempted: t.exempted, undetermined: t.undetermined },
    risk: t.maxRisk ?? null,
    potentialIncrease,
  }
}
