/**
 * @module Shared reading of plaintext-credential evidence for the "no plaintext secret" rules: the
 * `has-plaintext-secret` insight that scanners (Trivy, SARIF) and readers (Lambda environment, GCE metadata)
 * attach, and whether anything looked at all (a scan result, or the environment names a reader kept).
 */
import type { Evaluation } from './define-rule.js'
import { healthy, unhealthy, unknown } from './define-rule.js'
import type { RuleNode } from './rule-node.js'
import { texts } from './rule-kit.js'

/**
 * Unhealthy with the credential kinds when the insight is on `node`; healthy when one of `scannedProps` shows
 * the node was looked at (a list, even empty); unknown otherwise, since "never scanned" is not "clean".
 */
export function plaintextSecretEvaluation(node: RuleNode, what: string, scannedProps: readonly string[]): Evaluation {
  const insight = node.insight('has-plaintext-secret')
  if (insight !== undefined) {
    const kinds = texts(insight.params['kinds'])
    const where = texts(insight.params['locations'])
    const detail = kinds.length === 0 ? 'a plaintext credential' : `a plaintext credential (${kinds.join(', ')})`
    return unhealthy(`${what} ${node.label} holds ${detail}${where.length === 0 ? '' : ` in ${where.join(', ')}`}`, { kinds, locations: where })
  }
  const scanned = scannedProps.find((path) => node.list(path) !== undefined)
  return scanned === undefined
    ? unknown(`${what} ${node.label}: no secret scan result is in the input`)
    : healthy(`${what} ${node.label} holds no plaintext credential that was found`)
}

export const PLAINTEXT_SECRET_STEPS: readonly string[] = [
  'Revoke and rotate the exposed credential first: assume it is compromised.',
  'Move the secret to a secret store (Secrets Manager, Key Vault, Secret Manager) and read it at run time with the workload identity.',
  'Remove the file, variable or metadata entry that held it, and scan again.',
]
