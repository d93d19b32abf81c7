/**
 * @module Recognizes credentials in plaintext configuration (startup scripts, environment variables)
 * by kind only: the matched text is never returned, so it never reaches the graph. AWS access key ids
 * are the exception: not secret, they name the key (shared/aws-access-key-ids.ts) and are kept.
 */
import type { Insight } from '../../model/graph-types.js'
import { AWS_ACCESS_KEY_ID, awsAccessKeyIdsIn } from '../shared/aws-access-key-ids.js'

const PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['private-key', /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----/],
  ['gcp-service-account-key', /"private_key_id"\s*:|"type"\s*:\s*"service_account"/],
  ['aws-access-key', AWS_ACCESS_KEY_ID],
  ['aws-secret-access-key', /aws_?secret_?access_?key\s*[=:]\s*['"]?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i],
  ['google-api-key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['github-token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['slack-token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['azure-storage-key', /AccountKey=[A-Za-z0-9+/=]{40,}/],
  // `--secret=<name>` (gcloud secrets, Cloud Run `--set-secrets`) names a Secret Manager secret: not a value.
  ['password', /\b(?:pass(?:word)?|passwd|pwd|(?<!--)secret|api[_-]?key|token)\s*[=:]\s*['"]?[^\s'"$]{6,}/i],
]

/** Kinds of credential found in `text`, in a stable order, without the credentials themselves. */
export function secretKinds(text: string): string[] {
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind)
}

const SECRET_NAME = /(password|passwd|secret|token|api_?key|private_?key|credential)/i

/** Kinds for an environment variable: its value, or a secret-sounding name holding a literal. */
export function envSecretKinds(name: string, value: string): string[] {
  const kinds = secretKinds(value)
  if (kinds.length === 0 && SECRET_NAME.test(name) && value.length >= 6 && !value.startsWith('$')) kinds.push('password')
  return kinds
}

export interface SecretFinding {
  /** Where, e.g. `metadata.startup-script`, `environmentVariables.DB_PASSWORD`. */
  readonly location: string
  readonly kinds: readonly string[]
  /** AWS access key ids in the text (not secret; the secret half is never kept). */
  readonly accessKeyIds?: readonly string[]
}

/** What a script or file holds: the kinds of credential, and the AWS access key ids it names. */
export function scanText(location: string, text: string): SecretFinding {
  const accessKeyIds = awsAccessKeyIdsIn(text)
  return { location, kinds: secretKinds(text), ...(accessKeyIds.length > 0 ? { accessKeyIds } : {}) }
}

/** The same for one environment variable. */
export function scanEnvironmentVariable(location: string, name: string, value: string): SecretFinding {
  const accessKeyIds = awsAccessKeyIdsIn(value)
  return { location, kinds: envSecretKinds(name, value), ...(accessKeyIds.length > 0 ? { accessKeyIds } : {}) }
}

/** One `has-plaintext-secret` insight for all findings of a node (params: kinds, locations, accessKeyIds). */
export function plaintextSecretInsight(findings: readonly SecretFinding[]): Insight | undefined {
  const found = findings.filter((finding) => finding.kinds.length > 0)
  if (found.length === 0) return undefined
  const accessKeyIds = [...new Set(found.flatMap((f) => f.accessKeyIds ?? []))]
  return {
    id: 'has-plaintext-secret',
    params: {
      kinds: [...new Set(found.flatMap((f) => f.kinds))],
      locations: found.map((f) => f.location),
      ...(accessKeyIds.length > 0 ? { accessKeyIds } : {}),
    },
    evidence: found.map((f) => ({ source: 'gcp-cloud-asset-inventory', location: f.location, detail: `${f.location} holds ${f.kinds.join(', ')}` })),
  }
}
