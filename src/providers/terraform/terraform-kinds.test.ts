import { describe, expect, it } from 'vitest'
import { AWS_KINDS } from '../aws/aws-kinds.js'
import { AZURE_KINDS } from '../azure/azure-kinds.js'
import { GCP_KINDS } from '../gcp/gcp-kinds.js'
import { KUBERNETES_KINDS } from '../kubernetes/kubernetes-kinds.js'
import { MAPPINGS } from './tf-mapping-table.js'
import { TERRAFORM_KINDS } from './terraform-kinds.js'

const LIVE: Record<string, Record<string, { family: string }>> = { aws: AWS_KINDS, azure: AZURE_KINDS, gcp: GCP_KINDS, kubernetes: KUBERNETES_KINDS }

describe('terraform-kinds', () => {
  it('maps every Terraform type onto a kind and family the live adapter of its cloud emits', () => {
    for (const [type, mapping] of Object.entries(MAPPINGS)) {
      const live = LIVE[mapping.provider]?.[mapping.kind]
      expect(live, `${type} → ${mapping.kind}`).toBeDefined()
      expect(live?.family, `${type} → ${mapping.kind}`).toBe(mapping.family)
    }
  })

  it('lists the address node kind and every mapped kind', () => {
    expect(TERRAFORM_KINDS['terraform.resource']?.family).toBe('iac-resource')
    for (const mapping of Object.values(MAPPINGS)) expect(TERRAFORM_KINDS[mapping.kind]?.family).toBe(mapping.family)
  })
})
