/**
 * @module Reading the IAM policy kept on GCP nodes (`iamBindings`, providers/gcp/iam-policy.ts) for the IAM
 * rules: members per role, without conditional bindings (a condition narrows the grant in ways a rule cannot
 * evaluate statically, so it is reported apart, never as a plain grant).
 */
import type { JsonObject } from '../../../model/graph-types.js'
import type { RuleNode } from '../../rule-kit.js'
import { text, texts } from '../../rule-kit.js'

export interface Grant {
  readonly role: string
  readonly member: string
}

/** Unconditional (role, member) grants of the node's IAM policy; throws MissingSetting without one. */
export function grantsOf(node: RuleNode): Grant[] {
  return node.needObjects('iamBindings').flatMap((binding: JsonObject) =>
    binding['condition'] === undefined ? texts(binding['members']).map((member) => ({ role: text(binding['role']), member })) : [],
  )
}

/** Roles of each member. */
export function rolesByMember(grants: readonly Grant[]): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>()
  for (const { role, member } of grants) {
    const set = roles.get(member) ?? new Set<string>()
    set.add(role)
    roles.set(member, set)
  }
  return roles
}

/** Google-managed service agents (`service-…@gcp-sa-….iam.gserviceaccount.com`, `…@cloudservices.…`): Google's to manage. */
export function isServiceAgent(member: string): boolean {
  return /@(gcp-sa-[a-z0-9-]+\.iam|cloudservices|cloudbuild|container-engine-robot|compute-system|dataflow-service-producer-prod)\.gserviceaccount\.com$/.test(member) ||
    /@system\.gserviceaccount\.com$/.test(member)
}

/** `user:`, `group:` and `domain:` members: people, as opposed to workloads. */
export const isHumanMember = (member: string): boolean => /^(user|group|domain):/.test(member)
