/** @module Node kinds the Terraform adapters emit: the IaC address nodes plus every cloud kind they map onto. */
import type { KindInfo } from '../shared/kind-info.js'
import { KUBERNETES_KINDS } from '../kubernetes/kubernetes-kinds.js'
import { MAPPINGS } from './tf-mapping-table.js'

const mapped: Record<string, KindInfo> = {}
for (const [type, mapping] of Object.entries(MAPPINGS)) {
  const known = mapped[mapping.kind]
  mapped[mapping.kind] = { family: mapping.family, description: known === undefined ? `From ${type}` : `${known.description}, ${type}` }
}

export const TERRAFORM_KINDS: Readonly<Record<string, KindInfo>> = {
  'terraform.resource': { family: 'iac-resource', description: 'Terraform resource address (`tf://<file>#<address>`), target of provisioned-by' },
  ...mapped,
  // kubernetes_* resources run through the Kubernetes mappers.
  ...KUBERNETES_KINDS,
}

/** Kind of a Terraform type without a mapping: `terraform.unmapped.<type>`, family other. */
export const unmappedTerraformKind = (type: string): string => `terraform.unmapped.${type}`
