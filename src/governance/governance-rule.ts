/**
 * @module A governance rule (defender-cspm.md §6.1): which unhealthy findings it assigns (scope and
 * conditions), to whom (owner), by when (timeframe), whether the score waits for the due date (grace
 * period), and which digests go out (read by src/governance/notify). Rules are YAML/JSON files validated
 * here; the parsed form is what the store keeps.
 */
import { z } from 'zod'
import { REMEDIATION_TIMEFRAMES } from '../model/governance.js'
import { SEVERITIES } from '../model/vocabulary.js'
import { RULE_CATEGORIES } from '../rules/rule-schema.js'
import type { RuleCategory } from '../rules/rule-schema.js'

const CATEGORY_IDS = Object.keys(RULE_CATEGORIES) as [RuleCategory, ...RuleCategory[]]
const MAX_PRIORITY = 1000
const MAX_CUSTOM_DAYS = 3650

const nonEmpty = z.string().trim().min(1)

/** 7, 14, 30 or 90 days, or `{ custom: <days> }`. */
const timeframeSchema = z.union([
  z.number().refine((days) => (REMEDIATION_TIMEFRAMES as readonly number[]).includes(days), {
    message: `timeframe must be one of ${REMEDIATION_TIMEFRAMES.join(', ')} days, or { custom: <days> }`,
  }),
  z.strictObject({ custom: z.number().int().min(1).max(MAX_CUSTOM_DAYS) }),
])

const ownerSchema = z
  .strictObject({
    /** Owner when nothing more specific resolves (or the only owner). */
    email: z.email().optional(),
    /** Tag key read from the resource, then its resource group, then its account/subscription/project. */
    tag: nonEmpty.optional(),
    /** Scope id (account, subscription, project, resource group, organization) → owner or team. */
    mapping: z.record(nonEmpty, nonEmpty).optional(),
    /** A YAML/JSON file holding such a mapping, relative to the rules file; read into `mapping` on apply. */
    mappingFile: nonEmpty.optional(),
  })
  .refine((o) => o.email !== undefined || o.tag !== undefined || o.mapping !== undefined || o.mappingFile !== undefined, {
    message: 'owner needs at least one of email, tag, mapping or mappingFile',
  })

export const governanceRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'id is lowercase letters, digits, dots, dashes and underscores'),
  name: nonEmpty,
  description: z.string().default(''),
  /** 1 = first; unique per scope; the lowest number among matching rules wins. */
  priority: z.number().int().min(1).max(MAX_PRIORITY),
  scope: z
    .strictObject({
      /** Scope ids the rule covers; empty = every scope. */
      include: z.array(nonEmpty).default([]),
      exclude: z.array(nonEmpty).default([]),
    })
    .default({ include: [], exclude: [] }),
  conditions: z
    .strictObject({
      severities: z.array(z.enum(SEVERITIES)).optional(),
      risks: z.array(z.enum(SEVERITIES)).optional(),
      ruleIds: z.array(nonEmpty).optional(),
      categories: z.array(z.enum(CATEGORY_IDS)).optional(),
      /** Resource tags that must all be present; the value `*` accepts any value. */
      tags: z.record(nonEmpty, z.string()).optional(),
    })
    .default({}),
  owner: ownerSchema,
  timeframe: timeframeSchema,
  /** While on time, the finding does not count against the secure score. */
  gracePeriod: z.boolean().default(false),
  notifications: z
    .strictObject({
      weeklyDigest: z.boolean().default(true),
      managerOverdueDigest: z.boolean().default(true),
    })
    .default({ weeklyDigest: true, managerOverdueDigest: true }),
  enabled: z.boolean().default(true),
  /** When a task already exists under another rule: assign only unassigned ones, or take them over. */
  applyToExisting: z.enum(['unassigned-only', 'override']).default('unassigned-only'),
})

export type GovernanceRuleInput = z.input<typeof governanceRuleSchema>
export type GovernanceRule = z.output<typeof governanceRuleSchema>

/** A rules file: one rule, a list of rules, or `{ rules: [...] }`. */
export const rulesFileSchema = z.union([z.strictObject({ rules: z.array(z.unknown()) }), z.array(z.unknown())])

export function timeframeDays(rule: Pick<GovernanceRule, 'timeframe'>): number {
  return typeof rule.timeframe === 'number' ? rule.timeframe : rule.timeframe.custom
}

/** Rules with the same scope key share one priority sequence ("unique per scope"). */
export function scopeKey(rule: Pick<GovernanceRule, 'scope'>): string {
  return rule.scope.include.length === 0 ? '*' : [...rule.scope.include].map((s) => s.toLowerCase()).sort().join(',')
}
