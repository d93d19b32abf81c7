/** @module FRAMEWORKS: every compliance framework the rule library maps to (checked by the meta-test). */
import { CIS_AKS, CIS_EKS, CIS_GKE, CIS_KUBERNETES } from './cis-kubernetes.js'
import { CIS_AWS_FOUNDATIONS } from './cis-aws-foundations.js'
import { CIS_AZURE_FOUNDATIONS } from './cis-azure-foundations.js'
import { CIS_GCP_FOUNDATIONS } from './cis-gcp-foundations.js'
import type { Framework } from './framework.js'
import { MCSB } from './mcsb.js'

export const FRAMEWORKS: readonly Framework[] = [
  CIS_AWS_FOUNDATIONS,
  CIS_AZURE_FOUNDATIONS,
  CIS_GCP_FOUNDATIONS,
  CIS_KUBERNETES,
  CIS_EKS,
  CIS_AKS,
  CIS_GKE,
  MCSB,
]

/** `framework id → requirement ids` per rule id, from the framework files and the rule's own references. */
export function frameworkIndex(frameworks: readonly Framework[] = FRAMEWORKS): Map<string, Record<string, string[]>> {
  const index = new Map<string, Record<string, string[]>>()
  for (const framework of frameworks) {
    for (const requirement of framework.requirements) {
      for (const ruleId of requirement.rules) {
        const entry = index.get(ruleId) ?? {}
        ;(entry[framework.id] ??= []).push(requirement.id)
        index.set(ruleId, entry)
      }
    }
  }
  return index
}
