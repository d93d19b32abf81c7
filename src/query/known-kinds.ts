/**
 * @module The node kinds providers emit (their `<provider>-kinds.ts` tables), so a query naming
 * `aws.ec2.instanse` fails with a suggestion instead of silently matching nothing.
 */
import { AWS_KINDS } from '../providers/aws/aws-kinds.js'
import { AZURE_KINDS } from '../providers/azure/azure-kinds.js'
import { GCP_KINDS } from '../providers/gcp/gcp-kinds.js'
import { KUBERNETES_KINDS } from '../providers/kubernetes/kubernetes-kinds.js'
import { SCANNER_KINDS } from '../providers/scanner/scanner-kinds.js'
import { TERRAFORM_KINDS } from '../providers/terraform/terraform-kinds.js'

/** Kinds created outside the provider tables (the pipeline's internet pseudo-node). */
const PIPELINE_KINDS = ['skyhound.internet']

export const KNOWN_KINDS: ReadonlySet<string> = new Set([
  ...Object.keys(AWS_KINDS),
  ...Object.keys(AZURE_KINDS),
  ...Object.keys(GCP_KINDS),
  ...Object.keys(KUBERNETES_KINDS),
  ...Object.keys(SCANNER_KINDS),
  ...Object.keys(TERRAFORM_KINDS),
  ...PIPELINE_KINDS,
])

/** Unmapped resources keep their provider type (`aws.unmapped.AWS::Foo::Bar`): any such kind is accepted. */
export function isKnownKind(kind: string): boolean {
  return KNOWN_KINDS.has(kind) || /^[a-z0-9]+\.unmapped\..+/.test(kind)
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/** The closest name within a third of its length, for "did you mean" hints. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
