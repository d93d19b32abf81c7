/** @module Every supported input format, in detection order (first match wins, formats.md §A7). */
import { AWS_FORMATS } from '../providers/aws/index.js'
import { AZURE_FORMATS } from '../providers/azure/index.js'
import { GCP_FORMATS } from '../providers/gcp/index.js'
import { KUBERNETES_FORMATS } from '../providers/kubernetes/index.js'
import { SCANNER_FORMATS } from '../providers/scanner/index.js'
import { TERRAFORM_FORMATS } from '../providers/terraform/index.js'
import type { FormatAdapter } from './format-adapter.js'

export const BUILTIN_FORMATS: readonly FormatAdapter[] = [
  ...AWS_FORMATS,
  ...AZURE_FORMATS,
  ...GCP_FORMATS,
  ...TERRAFORM_FORMATS,
  ...SCANNER_FORMATS,
  // Kubernetes last: its single-object detector (apiVersion + kind + metadata) is the loosest.
  ...KUBERNETES_FORMATS,
]

/** Registry invariants, checked by a meta-test and at start-up of `scan`. */
export function verifyFormats(formats: readonly FormatAdapter[]): void {
  const seen = new Set<string>()
  for (const format of formats) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(format.id)) throw new Error(`format id ${format.id} is not kebab-case`)
    if (seen.has(format.id)) throw new Error(`format id ${format.id} is registered twice`)
    seen.add(format.id)
  }
}
