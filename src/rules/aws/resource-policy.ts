/**
 * @module AWS resource policies for rules (bucket, queue, topic, key, repository, function, secret policies as
 * providers/aws/core/policy-document normalizes them): the Allow statements that grant anyone (`*`) access.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: JsonValue | undefined): JsonValue[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/**
 * Condition keys that pin a `*` principal to known callers (an account, organization, source ARN, VPC or
 * address range): a statement carrying one is not "anyone". `aws:SecureTransport` and the like do not count.
 */
const RESTRICTING_KEYS = new Set([
  'aws:sourcearn', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:principalorgid',
  'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceip',
  'aws:userid', 'aws:username', 'kms:calleraccount', 'kms:viaservice',
])

export const statementsOf = (policy: JsonObject | undefined): JsonObject[] => list(policy?.['Statement']).filter(isObject)

/** True when the principal is `*` or `{AWS: "*"}` (also in a list). */
export function isEveryone(principal: JsonValue | undefined): boolean {
  if (principal === '*') return true
  if (!isObject(principal)) return false
  return list(principal['AWS']).includes('*')
}

function conditionKeys(statement: JsonObject): string[] {
  const condition = statement['Condition']
  if (!isObject(condition)) return []
  return Object.values(condition).flatMap((block) => (isObject(block) ? Object.keys(block).map((key) => key.toLowerCase()) : []))
}

/** Allow statements for anyone that no restricting condition narrows. */
export function publicStatements(policy: JsonObject | undefined): JsonObject[] {
  return statementsOf(policy).filter(
    (statement) =>
      statement['Effect'] === 'Allow' && isEveryone(statement['Principal']) && !conditionKeys(statement).some((key) => RESTRICTING_KEYS.has(key)),
  )
}

/** The actions of statements, for messages: `s3:GetObject, s3:PutObject`. */
export function actionsOf(statements: readonly JsonObject[]): string {
  const actions = [...new Set(statements.flatMap((s) => list(s['Action']).filter((a): a is string => typeof a === 'string')))]
  return actions.length === 0 ? 'every action' : actions.join(', ')
}
