/**
 * @module Policy documents (as the AWS mappers keep them: objects with a `Statement` array; strings,
 * URL-encoded or not, are accepted too) → compiled statements. Malformed statements are skipped and
 * reported, never guessed: a statement without `Effect` or without any action grants nothing.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { renderConditions } from './conditions.js'
import type { ElementMatcher, PolicyRef, PolicyStatement, PrincipalSpec } from './statement.js'
import { actionGlob, arnGlob, serviceOf } from './wildcard.js'

export interface NormalizedPolicy {
  readonly statements: readonly PolicyStatement[]
  readonly problems: readonly string[]
}

const isObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function parseText(text: string): JsonValue | undefined {
  let body = text.trim()
  if (/^%7b/i.test(body)) body = decodeURIComponent(body.replace(/\+/g, '%20'))
  try {
    return JSON.parse(body) as JsonValue
  } catch {
    return undefined
  }
}

const stringList = (value: JsonValue | undefined): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

/** Reads a key in the documented spelling, or any casing of it (some dumps lowercase keys). */
function field(statement: JsonObject, key: string): JsonValue | undefined {
  if (key in statement) return statement[key]
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(statement)) if (k.toLowerCase() === lower) return v
  return undefined
}

function matcher(statement: JsonObject, positive: string, negative: string, compile: (s: string) => ReturnType<typeof actionGlob>): ElementMatcher | undefined {
  const pos = field(statement, positive)
  if (pos !== undefined) return { negated: false, globs: stringList(pos).map(compile) }
  const neg = field(statement, negative)
  if (neg !== undefined) return { negated: true, globs: stringList(neg).map(compile) }
  return undefined
}

const ROOT_ARN = /^arn:[\w-]+:iam::(\d{12}):root$/
const ACCOUNT_ID = /^\d{12}$/
const SESSION_ARN = /^arn:[\w-]+:sts::(\d{12}):assumed-role\/([^/]+)\/.+$/
const UNIQUE_ID = /^A(?:ROA|IDA|GPA)[A-Z0-9]+$/

export function parsePrincipal(value: JsonValue | undefined, negated: boolean): PrincipalSpec | undefined {
  if (value === undefined) return undefined
  const accounts = new Set<string>()
  const arns = new Set<string>()
  const roleSessions = new Set<string>()
  const uniqueIds = new Set<string>()
  const services = new Set<string>()
  const federated = new Set<string>()
  const canonicalUsers = new Set<string>()
  let any = value === '*'
  if (isObject(value)) {
    for (const [key, entry] of Object.entries(value)) {
      const values = stringList(entry)
      switch (key.toLowerCase()) {
        case 'aws':
          for (const v of values) {
            const root = ROOT_ARN.exec(v)
            const session = SESSION_ARN.exec(v)
            if (v === '*') any = true
            else if (ACCOUNT_ID.test(v)) accounts.add(v)
            else if (root) accounts.add(root[1]!)
            else if (session) roleSessions.add(`${session[1]!}/${session[2]!}`)
            else if (UNIQUE_ID.test(v)) uniqueIds.add(v)
            else arns.add(v)
          }
          break
        case 'service':
          for (const v of values) services.add(v.toLowerCase())
          break
        case 'federated':
          for (const v of values) federated.add(v)
          break
        case 'canonicaluser':
          for (const v of values) canonicalUsers.add(v)
          break
        default:
          break
      }
    }
  }
  return { negated, any, accounts, arns, roleSessions, uniqueIds, services, federated, canonicalUsers }
}

function servicesOf(action: ElementMatcher): readonly string[] | undefined {
  if (action.negated) return undefined
  const services = new Set<string>()
  for (const glob of action.globs) {
    const service = serviceOf(glob.source)
    if (service === undefined) return undefined
    services.add(service)
  }
  return [...services].sort()
}

const ALL_RESOURCES: ElementMatcher = { negated: false, globs: [arnGlob('*')] }

export function normalizeStatement(raw: JsonValue, index: number, policy: PolicyRef): PolicyStatement | string {
  if (!isObject(raw)) return `statement ${index + 1} is not an object`
  const effectText = field(raw, 'Effect')
  const effect = typeof effectText === 'string' ? effectText.toLowerCase() : undefined
  if (effect !== 'allow' && effect !== 'deny') return `statement ${index + 1} has no valid Effect`
  const action = matcher(raw, 'Action', 'NotAction', actionGlob)
  if (action === undefined || (!action.negated && action.globs.length === 0)) return `statement ${index + 1} has no Action`
  const resource = matcher(raw, 'Resource', 'NotResource', arnGlob) ?? ALL_RESOURCES
  const principalValue = field(raw, 'Principal')
  const notPrincipalValue = field(raw, 'NotPrincipal')
  const principal =
    principalValue !== undefined ? parsePrincipal(principalValue, false) : parsePrincipal(notPrincipalValue, true)
  const sidValue = field(raw, 'Sid')
  const sid = typeof sidValue === 'string' && sidValue !== '' ? sidValue : `#${index + 1}`
  return {
    policy,
    sid,
    effect: effect === 'allow' ? 'Allow' : 'Deny',
    action,
    resource,
    ...(principal === undefined ? {} : { principal }),
    conditions: renderConditions(field(raw, 'Condition')),
    services: servicesOf(action),
  }
}

/** All statements of a document; `problems` names the ones skipped. */
export function normalizePolicy(document: JsonValue | undefined, policy: PolicyRef): NormalizedPolicy {
  const parsed = typeof document === 'string' ? parseText(document) : document
  if (parsed === undefined || parsed === null) return { statements: [], problems: [] }
  if (!isObject(parsed)) return { statements: [], problems: [`${policy.name}: policy document is not a JSON object`] }
  const raw = field(parsed, 'Statement')
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw]
  const statements: PolicyStatement[] = []
  const problems: string[] = []
  list.forEach((entry, index) => {
    const result = normalizeStatement(entry, index, policy)
    if (typeof result === 'string') problems.push(`${policy.name}: ${result}`)
    else statements.push(result)
  })
  return { statements, problems }
}
