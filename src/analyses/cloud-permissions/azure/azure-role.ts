/** @module An Azure role definition as the evaluator uses it, and the allow test of one operation. */
import type { JsonObject } from '../../../model/graph-types.js'
import { field, objects, strings } from '../json-read.js'
import { matchesAny } from '../wildcard.js'

export interface PermissionBlock {
  readonly actions: readonly string[]
  readonly notActions: readonly string[]
  readonly dataActions: readonly string[]
  readonly notDataActions: readonly string[]
}

export interface AzureRole {
  /** Cache key: the definition node id or `builtin:<guid>`. */
  readonly key: string
  readonly name: string
  readonly blocks: readonly PermissionBlock[]
}

/**
 * Azure semantics, per permission block: an operation is allowed when an action matches and no
 * notAction of the same block does. Control-plane actions never grant data actions (`*` in actions
 * does not read a blob), so the two lists are tested separately.
 */
export function roleAllows(role: AzureRole, operation: string, data: boolean): boolean {
  return role.blocks.some((block) =>
    data
      ? matchesAny(block.dataActions, operation, true) && !matchesAny(block.notDataActions, operation, true)
      : matchesAny(block.actions, operation, true) && !matchesAny(block.notActions, operation, true),
  )
}

export const declaredActions = (role: AzureRole): string[] =>
  [...new Set(role.blocks.flatMap((b) => [...b.actions, ...b.dataActions]))]

export const declaredExclusions = (role: AzureRole): string[] =>
  [...new Set(role.blocks.flatMap((b) => [...b.notActions, ...b.notDataActions]))]

function block(value: JsonObject): PermissionBlock {
  return {
    actions: strings(field(value, 'actions')),
    notActions: strings(field(value, 'notActions')),
    dataActions: strings(field(value, 'dataActions')),
    notDataActions: strings(field(value, 'notDataActions')),
  }
}

/**
 * Role from the props the Azure adapter writes on a role definition node: the raw `permissions`
 * blocks when kept (exact per-block semantics), else the unions of their lists.
 */
export function roleFromProps(key: string, props: JsonObject): AzureRole {
  const blocks = objects(props['permissions']).map(block)
  return {
    key,
    name: typeof props['roleName'] === 'string' ? props['roleName'] : key,
    blocks: blocks.length > 0 ? blocks : [block(props)],
  }
}
