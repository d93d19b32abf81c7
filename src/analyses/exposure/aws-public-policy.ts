/**
 * @module Which statements of an AWS resource policy open the resource to anonymous callers, and from
 * which source addresses. A statement is public when it allows `*` (or uses NotPrincipal) and no
 * condition pins the caller to an account, organization, VPC or ARN; `aws:SourceIp` narrows it to
 * CIDRs; a `Deny` for `*` with `NotIpAddress aws:SourceIp` narrows every public grant to its CIDRs,
 * and one with `StringNotEquals aws:SourceVpc(e)` keeps the internet out entirely.
 * This is a reading for exposure, not the permission evaluator (aws-permissions owns that).
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import { ANY_ADDRESS, parseCidr } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { field, isObject, objs, str, strs } from './props.js'

/** Condition keys that tie a request to a known caller or network: their presence makes a statement non-public. */
const RESTRICTIVE_KEYS = new Set([
  'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceowner', 'aws:sourceorgid',
  'aws:sourceorgpaths', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn',
  'aws:principalservicename', 'aws:principalisawsservice', 'aws:userid', 'aws:username', 'aws:calledvia', 'aws:calledviafirst',
  'aws:calledvialast', 'aws:vpcsourceip', 's3:dataaccesspointaccount', 's3:dataaccesspointarn', 'lambda:functionurlauthtype',
])

export interface PublicStatement {
  readonly index: number
  readonly sid?: string
  readonly actions: readonly string[]
  /** Sources allowed by the statement itself (`aws:SourceIp`), or every address. */
  readonly sources: readonly IpRange[]
  readonly sourceLabels: readonly string[]
}

export interface PublicPolicyReading {
  readonly statements: readonly PublicStatement[]
  /** CIDRs a `Deny … NotIpAddress aws:SourceIp` statement confines every caller to. */
  readonly ipAllowlist?: { readonly sources: readonly IpRange[]; readonly labels: readonly string[]; readonly index: number }
  /** A deny outside a VPC / VPC endpoint: nothing reaches the resource from the internet. */
  readonly vpcOnly: boolean
}

const isStar = (value: unknown): boolean =>
  value === '*' || (Array.isArray(value) && value.includes('*'))

function publicPrincipal(statement: JsonObject): boolean {
  if (field(statement, 'NotPrincipal') !== undefined) return true
  const principal = field(statement, 'Principal')
  if (isStar(principal)) return true
  return isObject(principal) && (isStar(principal['AWS']) || isStar(principal['CanonicalUser']))
}

interface ConditionEntry {
  readonly operator: string
  readonly key: string
  readonly values: string[]
}

function conditions(statement: JsonObject): ConditionEntry[] {
  const block = field(statement, 'Condition')
  if (!isObject(block)) return []
  return Object.entries(block).flatMap(([operator, keys]) =>
    isObject(keys) ? Object.entries(keys).map(([key, values]) => ({ operator: operator.toLowerCase(), key: key.toLowerCase(), values: strs({ v: values }, 'v') })) : [],
  )
}

/** `StringEquals` restricts; `StringNotEquals`, `…IfExists` (absent keys pass) and `Null` do not. */
const restricts = (c: ConditionEntry): boolean =>
  RESTRICTIVE_KEYS.has(c.key) || c.key.startsWith('aws:principaltag/')
    ? !c.operator.includes('not') && !c.operator.endsWith('ifexists') && c.operator !== 'null'
    : false

const isSourceIp = (c: ConditionEntry): boolean => c.key === 'aws:sourceip'

export function readPublicPolicy(policy: JsonObject | undefined): PublicPolicyReading {
  const statements: PublicStatement[] = []
  let ipAllowlist: PublicPolicyReading['ipAllowlist']
  let vpcOnly = false
  objs(policy, 'Statement').forEach((statement, index) => {
    const effect = str(statement, 'Effect')?.toLowerCase()
    const entries = conditions(statement)
    if (effect === 'deny') {
      if (!publicPrincipal(statement)) return
      const notIp = entries.find((c) => isSourceIp(c) && c.operator.startsWith('notipaddress'))
      if (notIp !== undefined) {
        const sources = notIp.values.flatMap((v) => parseCidr(v) ?? [])
        ipAllowlist = { sources, labels: notIp.values, index }
      }
      if (entries.some((c) => (c.key === 'aws:sourcevpce' || c.key === 'aws:sourcevpc') && c.operator.includes('not'))) vpcOnly = true
      return
    }
    if (effect !== 'allow' || !publicPrincipal(statement)) return
    if (entries.some(restricts)) return
    const ip = entries.find((c) => isSourceIp(c) && c.operator.startsWith('ipaddress'))
    const sources = ip === undefined ? ANY_ADDRESS : ip.values.flatMap((v) => parseCidr(v) ?? [])
    if (sources.length === 0) return
    const actions = field(statement, 'NotAction') !== undefined ? ['*'] : strs(statement, 'Action')
    const sid = str(statement, 'Sid')
    statements.push({
      index,
      ...(sid === undefined ? {} : { sid }),
      actions,
      sources,
      sourceLabels: ip === undefined ? ['*'] : ip.values,
    })
  })
  return { statements, ...(ipAllowlist === undefined ? {} : { ipAllowlist }), vpcOnly }
}

const pattern = (action: string): RegExp =>
  new RegExp(`^${action.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`)

/** Access levels the actions reach, tested against representative actions of each level. */
export function accessLevels(actions: readonly string[], probes: Readonly<Record<string, readonly string[]>>): string[] {
  const regexes = actions.map(pattern)
  return Object.entries(probes)
    .filter(([, samples]) => samples.some((sample) => regexes.some((re) => re.test(sample))))
    .map(([level]) => level)
}

export function statementEvidence(resource: string, statement: PublicStatement, what: string): Evidence {
  return {
    source: resource,
    detail: `${what} statement ${statement.sid ?? `#${statement.index}`}: Allow * ${statement.actions.slice(0, 5).join(', ')}${statement.sourceLabels[0] === '*' ? '' : ` from ${statement.sourceLabels.join(', ')}`}`,
    location: `resourcePolicy.Statement[${statement.index}]`,
  }
}
