/**
 * @module Path risk: exploitability × impact (reference §1.3), each on a 0–3 scale.
 * Exploitability comes from the entry: wide exposure with a remote-code-execution flaw or anonymous access
 * scores highest; narrow exposure, high-severity flaws without RCE, a password to guess or an outside
 * party's credentials score lower. Impact comes from the target: account, subscription, project or
 * cluster takeover and sensitive critical data highest; sensitive data, secret stores and keys next;
 * a critical resource, then the compromised workload itself. Score ≥ 7 critical, ≥ 4.5 high, ≥ 2 medium.
 */
import type { RiskCategory } from '../model/attack-path.js'
import type { Severity } from '../model/vocabulary.js'
import type { PathShape } from './naming/path-shape.js'
import type { TargetReason } from './search/targets.js'
import { accountPhrase } from './naming/nouns.js'

export interface PathRisk {
  readonly risk: Severity
  readonly score: number
  readonly exploitability: number
  readonly impact: number
  readonly factors: readonly string[]
}

/** Whether the target has `reason` (at most a handful: a scan beats a Set per path). */
const hasReason = (s: PathShape, reason: TargetReason): boolean => s.targetReasons.includes(reason)

function exploitability(s: PathShape, factors: string[]): number {
  switch (s.entryMove) {
    case 'EXPLOIT_EXPOSED_WORKLOAD': {
      factors.push(s.exposure === 2 ? 'wide internet exposure' : s.exposure === 1 ? 'narrow internet exposure' : 'exposed through its node')
      factors.push(s.rce ? 'remote code execution vulnerability' : 'high severity vulnerabilities')
      const base = s.exposure === 2 ? 3 : 2
      return s.rce ? base : base - 0.5
    }
    case 'PUBLIC_DATA_ACCESS':
    case 'PRIVATE_DATA_REPLICATED':
      factors.push('anonymous access')
      return 3
    case 'OPEN_DATABASE_LOGIN':
      factors.push(s.exposure === 2 ? 'wide internet exposure' : 'narrow internet exposure', 'password authentication')
      return s.exposure === 2 ? 2.5 : 1.5
    case 'EXTERNAL_TRUST':
      factors.push('trusted by an outside party')
      return 2
    default:
      return 1.5
  }
}

function impact(s: PathShape, factors: string[]): number {
  if (s.moves.includes('REPLICATE_TO_PUBLIC_COPY')) {
    factors.push(s.sensitiveEntry ? 'sensitive data replicated to a public copy' : 'data replicated to a public copy')
    return s.sensitiveEntry ? 3 : 2
  }
  if (hasReason(s, 'account') || hasReason(s, 'cluster')) {
    factors.push(hasReason(s, 'cluster') ? 'cluster administrator' : 'account administrator')
    return 3
  }
  if (hasReason(s, 'sensitive-data')) {
    factors.push('sensitive data')
    if (hasReason(s, 'critical-resource')) factors.push('critical resource')
    return hasReason(s, 'critical-resource') ? 3 : 2.5
  }
  if (hasReason(s, 'secret-store') || hasReason(s, 'encryption-key') || hasReason(s, 'secret')) {
    factors.push('secrets or keys')
    return 2.5
  }
  if (hasReason(s, 'critical-resource')) {
    factors.push('critical resource')
    return 2
  }
  if (s.entryMove === 'OPEN_DATABASE_LOGIN') return 1.5
  factors.push('compromised workload')
  return 1
}

export function pathRisk(s: PathShape): PathRisk {
  const factors: string[] = []
  const e = exploitability(s, factors)
  const i = impact(s, factors)
  const score = e * i
  const risk: Severity = score >= 7 ? 'critical' : score >= 4.5 ? 'high' : score >= 2 ? 'medium' : 'low'
  return { risk, score, exploitability: e, impact: i, factors }
}

const CREDENTIAL_MOVES = new Set(['USE_PLAINTEXT_SECRET', 'READ_SECRETS', 'SECRET_IN_STORE', 'K8S_TOKEN_THEFT'])
const TAKEOVER_MOVES = new Set(['ADMINISTER_ACCOUNT', 'ADMINISTER_CLUSTER', 'ESCALATE_PRIVILEGES'])

const isCredentialMove = (m: string): boolean => CREDENTIAL_MOVES.has(m)
const isTakeoverMove = (m: string): boolean => TAKEOVER_MOVES.has(m)

export function pathCategories(s: PathShape): RiskCategory[] {
  const out = new Set<RiskCategory>()
  if (hasReason(s, 'sensitive-data') || s.target.family === 'object-storage' || s.target.family === 'managed-database' || s.target.family === 'database-snapshot' || s.moves.includes('REPLICATE_TO_PUBLIC_COPY')) out.add('data-exposure')
  if (s.moves.some(isCredentialMove) || hasReason(s, 'secret-store') || hasReason(s, 'encryption-key') || hasReason(s, 'secret')) out.add('credentials-exposure')
  if (s.entryMove === 'EXPLOIT_EXPOSED_WORKLOAD' || s.moves.includes('ESCAPE_TO_NODE')) out.add('compute-abuse')
  if (s.moves.some(isTakeoverMove)) out.add('account-takeover')
  return [...out].sort()
}

export function potentialImpact(s: PathShape, targetName: string): string {
  if (s.moves.includes('REPLICATE_TO_PUBLIC_COPY')) return `Anyone on the internet can read the ${s.sensitiveEntry ? 'sensitive ' : ''}data replicated into ${targetName}.`
  if (hasReason(s, 'account')) return `An attacker can take over ${accountPhrase(s.target).replace(/^an? /, 'the ')} ${targetName}: create identities, read every data store and delete resources.`
  if (hasReason(s, 'cluster')) return `An attacker controls Kubernetes cluster ${targetName}: every workload, secret and node identity in it.`
  if (hasReason(s, 'sensitive-data')) return `An attacker can read sensitive data in ${targetName}${s.moves.includes('WRITE_DATA') ? ', change or destroy it' : ''}.`
  if (hasReason(s, 'secret-store') || hasReason(s, 'secret') || hasReason(s, 'encryption-key')) return `An attacker can read the secrets or use the keys of ${targetName} and move on with them.`
  if (hasReason(s, 'critical-resource')) return `An attacker reaches the critical resource ${targetName}.`
  if (s.entryMove === 'OPEN_DATABASE_LOGIN') return `An attacker who guesses or reuses a password reads and changes the data of ${targetName}.`
  return `An attacker runs code on ${targetName} and can use it for mining, as a foothold, or against its neighbours.`
}
