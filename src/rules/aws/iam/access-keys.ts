/**
 * @module The access keys of an IAM user as rules read them: the per-key list of authorization details, or
 * (credential report only) just the active count. Undefined when the input says nothing about keys.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import type { RuleNode } from '../../rule-kit.js'

export interface UserKeys {
  /** Active keys with their metadata; empty with `count` > 0 when only the count is known. */
  readonly active: readonly JsonObject[]
  readonly count: number
}

export function activeKeys(user: RuleNode): UserKeys | undefined {
  const keys = user.objects('accessKeys')
  if (keys !== undefined) {
    const active = keys.filter((key) => key['status'] === 'Active')
    return { active, count: active.length }
  }
  // Authorization details never list access keys: only the credential report's count says "none".
  const count = user.num('activeAccessKeyCount')
  return count === undefined ? undefined : { active: [], count }
}
