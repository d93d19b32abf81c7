/**
 * @module The rule metadata schema (zod), shared by built-in rules (`defineRule`) and custom YAML
 * rules: editorial checks included (titles state the secure state, never "Ensure…").
 */
import { z } from 'zod'
import { FAMILY_IDS, SEVERITIES } from '../model/vocabulary.js'
import { CONTROL_IDS } from './security-controls.js'

export const RULE_CATEGORIES = {
  'data-exposure': 'Data readable or writable by parties that should not reach it',
  'network-exposure': 'Resources reachable from networks they should not be reachable from',
  identity: 'Authentication and credentials of users, roles and service accounts',
  'access-control': 'Authorization: RBAC, ABAC, policies, least privilege',
  encryption: 'Encryption at rest and in transit',
  logging: 'Audit trails and diagnostic logs',
  'container-security': 'Pod and container hardening',
  'cluster-security': 'Kubernetes control plane and cluster configuration',
  resilience: 'Backups, versioning, deletion protection',
  vulnerabilities: 'Known vulnerabilities and exposed secrets',
} as const
export type RuleCategory = keyof typeof RULE_CATEGORIES
const CATEGORY_IDS = Object.keys(RULE_CATEGORIES) as [RuleCategory, ...RuleCategory[]]

export const RULE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)+$/

const nonEmpty = z.string().trim().min(1)

export const titleSchema = nonEmpty
  .max(100, 'a title is at most 100 characters')
  .refine((title) => !/^ensure\b/i.test(title), 'a title states the secure state; it never starts with "Ensure"')
  .refine((title) => !title.endsWith('.'), 'a title does not end with a period')

export const remediationSchema = z.strictObject({
  steps: z.array(nonEmpty).min(1, 'remediation needs at least one step'),
  cli: nonEmpty.optional(),
  terraform: nonEmpty.optional(),
})

export const targetSchema = z
  .strictObject({
    kinds: z.array(z.string().regex(/^[a-z0-9]+(?:\.[a-zA-Z0-9:/_-]+)+$/, 'a kind is dotted: <provider>.<service>.<thing>')).optional(),
    families: z.array(z.enum(FAMILY_IDS as [string, ...string[]])).optional(),
  })
  .refine((t) => (t.kinds?.length ?? 0) + (t.families?.length ?? 0) > 0, 'a target names at least one kind or family')

/** Framework id → requirement ids (custom rules declare theirs inline; built-ins use rules/frameworks/). */
export const frameworkRefsSchema = z.record(z.string().regex(RULE_ID_PATTERN), z.array(nonEmpty).min(1))

/** Everything but `evaluate`: what the catalogue, exports and the score read. */
export const ruleMetadataSchema = z.strictObject({
  id: z.string().regex(RULE_ID_PATTERN, 'a rule id is kebab-case: <provider>-<service>-<resource>-<condition>'),
  title: titleSchema,
  description: nonEmpty.max(1000),
  severity: z.enum(SEVERITIES),
  control: z.enum(CONTROL_IDS as [string, ...string[]]),
  categories: z.array(z.enum(CATEGORY_IDS)).min(1),
  remediation: remediationSchema,
  target: targetSchema,
  frameworks: frameworkRefsSchema.optional(),
  /** Preview rules are reported but never count in the secure score (reference §4.1). */
  preview: z.boolean().optional(),
})

export type RuleMetadataInput = z.input<typeof ruleMetadataSchema>

/** One line per problem: `title: a title is at most 100 characters`. */
export function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(rule)'}: ${issue.message}`).join('; ')
}
