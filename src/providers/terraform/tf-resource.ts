/** @module One Terraform resource instance, whichever JSON it came from (show-json state or plan, raw tfstate). */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export type PlannedAction = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget'

export interface TfResource {
  /** Full address, e.g. `module.iam.aws_iam_role.app["web"]`. */
  readonly address: string
  readonly mode: 'managed' | 'data'
  readonly type: string
  readonly name: string
  readonly module?: string
  readonly index?: string | number
  readonly providerName?: string
  /** Attribute values with sensitive ones already masked. */
  readonly values: JsonObject
  readonly dependsOn: readonly string[]
  /** Where in the file, for issues and evidence. */
  readonly location: string
  /** Plan only: what apply would do, and whether the resource does not exist yet. */
  readonly action?: PlannedAction
  readonly planned?: boolean
  readonly references?: readonly string[]
}

/** `index` is a number for `count` and a string for `for_each`; the address quotes strings. */
export function instanceAddress(module: string | undefined, mode: string, type: string, name: string, index?: string | number): string {
  const base = `${module === undefined || module === '' ? '' : `${module}.`}${mode === 'data' ? 'data.' : ''}${type}.${name}`
  if (index === undefined) return base
  return typeof index === 'number' ? `${base}[${index}]` : `${base}[${JSON.stringify(index)}]`
}

export function actionOf(actions: readonly JsonValue[]): PlannedAction {
  const list = actions.filter((a): a is string => typeof a === 'string')
  if (list.includes('create') && list.includes('delete')) return 'replace'
  const first = list[0]
  if (first === 'create' || first === 'update' || first === 'delete' || first === 'read' || first === 'forget') return first
  return 'no-op'
}
