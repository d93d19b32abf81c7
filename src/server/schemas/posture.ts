/** @module Zod schemas of the posture API: findings, recommendations, rules, secure score, exemptions, overview. */
import { z } from '@hono/zod-openapi'
import { FINDING_STATUSES } from '../../model/finding.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { EXEMPTION_CATEGORIES } from '../../store/exemption-store.js'
import { JsonObjectSchema, list, pageSchema } from './common.js'
import { ProviderSchema } from './graph.js'
import { SnapshotRefSchema } from '../routes/snapshot-ref.js'

export const SeveritySchema = z.enum(SEVERITIES).openapi('Severity')
export const FindingStatusSchema = z.enum(FINDING_STATUSES).openapi('FindingStatus')
/** Finding statuses a filter accepts: the stored ones plus `exempted`. */
export const StatusFilterSchema = z.enum([...FINDING_STATUSES, 'exempted']).openapi('FindingStatusFilter', {
  description: '`exempted`: findings an active exemption covers (otherwise left out of `unhealthy`)',
})
export const ExemptionCategorySchema = z.enum(EXEMPTION_CATEGORIES).openapi('ExemptionCategory', {
  description: '`mitigated`: handled another way, counts healthy; `waiver`: risk accepted, left out of the score',
})

const FindingExemptionSchema = z.object({ id: z.string(), name: z.string(), category: ExemptionCategorySchema, expiresAt: z.string().nullable() })

export const RiskFactorSchema = z.object({ factor: z.string(), weight: z.number(), detail: z.string() }).openapi('RiskFactor')

export const FindingSchema = z
  .object({
    id: z.string().openapi({ description: '`<rule id>|<resource id>`, stable across scans' }),
    ruleId: z.string(),
    title: z.string().openapi({ description: 'Title of the rule (the secure state)' }),
    nodeId: z.string(),
    name: z.string(),
    kind: z.string(),
    provider: z.string(),
    scope: z.string(),
    status: FindingStatusSchema,
    severity: SeveritySchema,
    risk: SeveritySchema.nullable().openapi({ description: 'Risk level (severity raised by context); unhealthy findings only' }),
    riskScore: z.number().nullable(),
    riskFactors: list(RiskFactorSchema),
    control: z.string(),
    message: z.string(),
    exemption: FindingExemptionSchema.nullable(),
  })
  .openapi('Finding')

const Counts = z.record(z.string(), z.number().int())

export const FindingPageSchema = pageSchema(FindingSchema)
  .extend({
    snapshot: SnapshotRefSchema,
    counts: z
      .object({ severity: Counts, risk: Counts, provider: Counts })
      .openapi({ description: 'Counts over every matching finding (all pages)' }),
  })
  .openapi('FindingPage')

export const RemediationSchema = z
  .object({ steps: list(z.string()), cli: z.string().optional(), terraform: z.string().optional() })
  .openapi('Remediation')

export const RuleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    severity: SeveritySchema,
    control: z.string(),
    controlTitle: z.string(),
    provider: ProviderSchema.nullable(),
    categories: list(z.string()),
    preview: z.boolean(),
    source: z.string().openapi({ description: '`builtin` or the custom rule file' }),
    frameworks: z.record(z.string(), list(z.string())).openapi({ description: 'Framework id → requirement ids' }),
  })
  .openapi('RuleSummary')

export const RuleDetailSchema = RuleSummarySchema.extend({
  description: z.string(),
  remediation: RemediationSchema,
  target: z.object({ kinds: list(z.string()).optional(), families: list(z.string()).optional() }),
}).openapi('RuleDetail')

export const TallySchema = z
  .object({
    unhealthy: z.number().int(),
    healthy: z.number().int(),
    notApplicable: z.number().int(),
    exempted: z.number().int(),
    undetermined: z.number().int().openapi({ description: 'unknown and error findings' }),
  })
  .openapi('FindingTally')

export const RecommendationSchema = RuleSummarySchema.extend({
  tally: TallySchema,
  risk: SeveritySchema.nullable().openapi({ description: 'Highest risk among its unhealthy findings' }),
  potentialIncrease: z.number().openapi({ description: 'Secure score points gained by fixing every unhealthy resource' }),
}).openapi('Recommendation')

export const ControlGroupSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    max: z.number(),
    current: z.number(),
    potentialIncrease: z.number(),
    healthy: z.number().int().openapi({ description: 'Resources healthy in every recommendation of the control' }),
    unhealthy: z.number().int(),
    notApplicable: z.number().int(),
    recommendations: list(RecommendationSchema),
  })
  .openapi('ControlGroup')

export const ScoreSummarySchema = z.object({ current: z.number(), max: z.number(), percentage: z.number() }).openapi('ScoreSummary')

export const RecommendationsSchema = z
  .object({ snapshot: SnapshotRefSchema, score: ScoreSummarySchema, total: z.number().int(), controls: list(ControlGroupSchema) })
  .openapi('Recommendations')

export const ResourceFindingsSchema = z
  .object({
    nodeId: z.string(),
    name: z.string(),
    kind: z.string(),
    provider: z.string(),
    scope: z.string(),
    unhealthy: z.number().int(),
    risk: SeveritySchema,
    rules: list(z.object({ id: z.string(), title: z.string(), risk: SeveritySchema })),
  })
  .openapi('ResourceFindings')

export const ResourceFindingsPageSchema = pageSchema(ResourceFindingsSchema).extend({ snapshot: SnapshotRefSchema }).openapi('ResourceFindingsPage')

export const RecommendationDetailSchema = z
  .object({
    snapshot: SnapshotRefSchema,
    recommendation: RecommendationSchema.extend({ description: z.string(), remediation: RemediationSchema }),
    resources: pageSchema(FindingSchema).extend({ status: StatusFilterSchema }),
  })
  .openapi('RecommendationDetail')

export const ControlScoreSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    max: z.number(),
    current: z.number(),
    healthy: z.number().int(),
    unhealthy: z.number().int(),
    notApplicable: z.number().int(),
    potentialIncrease: z.number(),
  })
  .openapi('ControlScore')

export const ScopeScoreSchema = z
  .object({
    scope: z.string(),
    kind: z.string().openapi({ description: 'account, organization, resource-group, tag, provider, filter or all' }),
    name: z.string(),
    current: z.number(),
    max: z.number(),
    percentage: z.number(),
    resources: z.number().int(),
    controls: list(ControlScoreSchema),
  })
  .openapi('ScopeScore')

export const ScoreSchema = z
  .object({
    snapshot: SnapshotRefSchema,
    current: z.number(),
    max: z.number(),
    percentage: z.number(),
    controls: list(ControlScoreSchema),
    scopes: list(ScopeScoreSchema.omit({ controls: true })).openapi({ description: 'Built-in scopes: accounts, organization roll-ups, resource groups' }),
    selected: list(ScopeScoreSchema).openapi({ description: 'The scopes asked for with `scope=`' }),
    exemptions: z.object({ active: z.number().int(), expired: list(z.string()) }),
  })
  .openapi('Score')

export const ScoreHistoryEntrySchema = z
  .object({
    snapshot: z.string(),
    createdAt: z.string(),
    current: z.number(),
    max: z.number(),
    percentage: z.number(),
    delta: z.number().nullable().openapi({ description: 'Percentage points since the previous snapshot' }),
    drivers: list(z.object({ ruleId: z.string(), unhealthyBefore: z.number().int(), unhealthyAfter: z.number().int(), points: z.number() })),
  })
  .openapi('ScoreHistoryEntry')

export const ExemptionMatchSchema = z
  .object({
    ruleIds: z.array(z.string().min(1).max(200)).min(1).max(500).optional(),
    resourceIds: z.array(z.string().min(1).max(2000)).min(1).max(500).optional(),
    scopes: z.array(z.string().min(1).max(2000)).min(1).max(100).optional(),
    categories: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
    severities: z.array(SeveritySchema).min(1).optional(),
    providers: z.array(ProviderSchema).min(1).optional(),
  })
  .strict()
  .refine((m) => Object.values(m).some((v) => v !== undefined), 'an exemption names at least one rule, resource, scope, category, severity or provider')
  .openapi('ExemptionMatch', { description: 'Every selector given must match (AND); within one, any value (OR)' })

export const ExemptionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    category: ExemptionCategorySchema,
    justification: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    state: z.enum(['active', 'expired', 'revoked', 'pending']),
    match: JsonObjectSchema,
  })
  .openapi('Exemption')

const printable = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\p{Cc}]+$/u, 'must be printable')

export const CreateExemptionSchema = z
  .object({
    name: printable(120).optional(),
    category: ExemptionCategorySchema,
    justification: printable(2000),
    expiresAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'ISO time; must be in the future' }),
    match: ExemptionMatchSchema,
  })
  .strict()
  .openapi('CreateExemption')

const CountedNode = z.object({ id: z.string(), name: z.string(), kind: z.string(), paths: z.number().int() })

export const OverviewSchema = z
  .object({
    snapshot: SnapshotRefSchema,
    score: ScoreSummarySchema.nullable(),
    trend: list(z.object({ snapshot: z.string(), createdAt: z.string(), percentage: z.number() })).openapi({
      description: 'Secure score of the recent snapshots, oldest first',
    }),
    findings: z.object({ unhealthy: z.number().int(), exempted: z.number().int(), bySeverity: Counts, byRisk: Counts }),
    attackPaths: z.object({
      total: z.number().int(),
      byRisk: Counts,
      chokePoints: list(CountedNode).openapi({ description: 'Intermediate nodes on the most stored paths' }),
      entryPoints: list(CountedNode),
      targets: list(CountedNode),
    }),
    tasks: z
      .object({ overdue: z.number().int(), open: z.number().int() })
      .nullable()
      .openapi({ description: 'Governance tasks; null while the store has no governance' }),
    coverage: list(
      z.object({
        provider: z.string(),
        resources: z.number().int(),
        kinds: z.number().int(),
        unmappedKinds: z.number().int().openapi({ description: 'Kinds kept as generic nodes (family other)' }),
        unhealthy: z.number().int(),
        score: z.number().nullable().openapi({ description: 'Secure score percentage of the cloud' }),
      }),
    ),
  })
  .openapi('Overview')
