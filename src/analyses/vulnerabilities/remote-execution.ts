/**
 * @module Whether one vulnerability lets a remote attacker execute code, and on what basis.
 *
 * Bases, strongest first:
 * - `scanner`: the scanner adapter already judged it (a code/command-execution CWE or an advisory that says
 *   "remote code execution", with a network or adjacent attack vector: providers/scanner/vulnerability.ts);
 * - `cvss-vector`: the CVSS vector says network attack vector, no privileges, no user interaction and high
 *   integrity impact, and the CWE (when known) is a code-execution or memory-corruption class — an
 *   unauthenticated remote write primitive, e.g. a heap overflow in a network parser;
 * - `cvss-score`: neither vector nor CWE was kept, and the CVSS 3.x base score is 9.8 or more, which only
 *   AV:N/AC:L/PR:N/UI:N with high confidentiality and integrity impact reaches.
 * A local or physical vector rules RCE out whatever the text says.
 */
import { normalizeCweId } from './cwe.js'

export type RceBasis = 'scanner' | 'cvss-vector' | 'cvss-score'

/** What a vulnerability list entry may carry (providers/scanner/vulnerability.ts `vulnToJson`). */
export interface VulnerabilityFacts {
  readonly id: string
  readonly severity: string
  readonly cvss?: number
  /** The scanner adapter's own judgement. */
  readonly rce?: boolean
  readonly vector?: string
  readonly cwes?: readonly string[]
}

/** Code/command injection, deserialization, expression injection, file inclusion, unsafe reflection, upload. */
const EXECUTION_CWES = new Set(['CWE-77', 'CWE-78', 'CWE-94', 'CWE-95', 'CWE-96', 'CWE-98', 'CWE-434', 'CWE-470', 'CWE-502', 'CWE-917', 'CWE-1336'])
/** Memory corruption that gives a write primitive: out-of-bounds write, overflows, use after free, double free, type confusion. */
const MEMORY_CWES = new Set(['CWE-119', 'CWE-120', 'CWE-121', 'CWE-122', 'CWE-415', 'CWE-416', 'CWE-787', 'CWE-843', 'CWE-190'])

export const SCORE_FLOOR = 9.8

/** CVSS v2, v3.x and v4.0 vectors → metric map (`AV` → `N`). Unknown text gives an empty map. */
export function cvssMetrics(vector: string): ReadonlyMap<string, string> {
  const metrics = new Map<string, string>()
  for (const part of vector.trim().replace(/^\(|\)$/g, '').split('/')) {
    const [key, value] = part.split(':')
    if (key !== undefined && value !== undefined && key !== 'CVSS') metrics.set(key.toUpperCase(), value.toUpperCase())
  }
  return metrics
}

/** Network vector, no privileges, no interaction, high integrity impact — in each CVSS version's words. */
export function isUnauthenticatedRemoteWrite(vector: string): boolean {
  const m = cvssMetrics(vector)
  if (m.get('AV') !== 'N') return false
  const noPrivileges = m.has('PR') ? m.get('PR') === 'N' : m.get('AU') === 'N'
  const noInteraction = !m.has('UI') || m.get('UI') === 'N'
  const integrity = m.get('VI') ?? m.get('I')
  return noPrivileges && noInteraction && (integrity === 'H' || integrity === 'C')
}

export const isLocalVector = (vector: string): boolean => {
  const av = cvssMetrics(vector).get('AV')
  return av === 'L' || av === 'P'
}

export function rceBasis(v: VulnerabilityFacts): RceBasis | undefined {
  if (v.vector !== undefined && isLocalVector(v.vector)) return undefined
  if (v.rce === true) return 'scanner'
  const cwes = (v.cwes ?? []).map(normalizeCweId).filter((c): c is string => c !== undefined)
  const executionClass = cwes.length === 0 || cwes.some((c) => EXECUTION_CWES.has(c) || MEMORY_CWES.has(c))
  if (v.vector !== undefined) return executionClass && isUnauthenticatedRemoteWrite(v.vector) ? 'cvss-vector' : undefined
  if (cwes.length > 0 && !executionClass) return undefined
  return v.cvss !== undefined && v.cvss >= SCORE_FLOOR ? 'cvss-score' : undefined
}
