/**
 * @module Resource instances of a plan (`terraform show -json <plan>`): `resource_changes` with
 * their action (create ⇒ planned, not existing yet), completed by `prior_state` and
 * `planned_values` for anything a change list leaves out, plus the configuration's references.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { arr, isObject, obj, objects, str } from '../shared/json-values.js'
import type { TfResource } from './tf-resource.js'
import { actionOf, instanceAddress } from './tf-resource.js'
import { maskSensitive } from './tf-sensitive.js'
import { moduleOfAddress, PAYLOAD_TYPES, resourcesOfModule } from './tf-state-reader.js'

const NOT_RESOURCES = /^(var|local|each|count|path|self|terraform)\./

/**
 * The address a reference names: `aws_iam_role.app.arn` → `aws_iam_role.app`, `data.x.y.id` →
 * `data.x.y`, `module.app.role_arn` (a module output) → `module.app`; indexes are dropped.
 */
export function referencedAddress(ref: string): string {
  const parts = ref.replace(/\[[^\]]*\]/g, '').split('.')
  const module: string[] = []
  let i = 0
  while (parts[i] === 'module' && parts[i + 1] !== undefined) {
    module.push('module', parts[i + 1]!)
    i += 2
  }
  const rest = parts.slice(i)
  if (rest[0] === 'data' && rest.length >= 3) return [...module, 'data', rest[1]!, rest[2]!].join('.')
  if (rest.length >= 2) return [...module, rest[0]!, rest[1]!].join('.')
  return module.length > 0 ? module.join('.') : ref
}

function collectReferences(value: JsonValue | undefined, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectReferences(v, out))
  else if (isObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'references' && Array.isArray(v)) {
        for (const ref of v) if (typeof ref === 'string') out.add(ref)
      } else {
        collectReferences(v, out)
      }
    }
  }
}

/** Config address (indexes stripped) → resource addresses it references, module prefixes applied. */
export function configurationReferences(configuration: JsonObject | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>()
  const walk = (module: JsonObject | undefined, prefix: string): void => {
    if (module === undefined) return
    for (const r of objects(module.resources)) {
      const address = str(r.address)
      if (address === undefined) continue
      const refs = new Set<string>()
      collectReferences(r.expressions, refs)
      collectReferences(r.count_expression, refs)
      collectReferences(r.for_each_expression, refs)
      const addresses = [...new Set([...refs].filter((ref) => !NOT_RESOURCES.test(ref)).map((ref) => `${prefix}${referencedAddress(ref)}`))]
      map.set(`${prefix}${address}`, addresses.sort())
    }
    for (const [name, call] of Object.entries(obj(module.module_calls) ?? {})) walk(obj(obj(call)?.module), `${prefix}module.${name}.`)
  }
  walk(obj(configuration?.root_module), '')
  return map
}

const stripIndexes = (address: string): string => address.replace(/\[[^\]]*\]/g, '')

export function resourcesOfPlan(plan: JsonObject, bad: string[] = []): TfResource[] {
  const references = configurationReferences(obj(plan.configuration))
  const withRefs = (r: TfResource): TfResource => {
    const refs = references.get(stripIndexes(r.address))
    return refs === undefined || refs.length === 0 ? r : { ...r, references: refs }
  }
  const out = new Map<string, TfResource>()
  objects(plan.resource_changes).forEach((rc, i) => {
    const type = str(rc.type)
    const name = str(rc.name)
    const change = obj(rc.change)
    if (type === undefined || name === undefined || change === undefined) {
      bad.push(`resource_changes[${i}]`)
      return
    }
    const mode = rc.mode === 'data' ? 'data' : 'managed'
    const index = typeof rc.index === 'number' || typeof rc.index === 'string' ? rc.index : undefined
    const address = str(rc.address) ?? instanceAddress(str(rc.module_address), mode, type, name, index)
    const action = actionOf(arr(change.actions))
    const useBefore = action === 'delete' || action === 'forget'
    const raw = obj(useBefore ? change.before : change.after) ?? obj(change.before) ?? {}
    const mirror = useBefore ? change.before_sensitive : change.after_sensitive
    const module = moduleOfAddress(address)
    const providerName = str(rc.provider_name)
    out.set(address, withRefs({
      address,
      mode,
      type,
      name,
      values: maskSensitive(raw, mirror ?? undefined, PAYLOAD_TYPES.has(type)) as JsonObject,
      dependsOn: [],
      location: `resource_changes[${i}]`,
      action,
      planned: action === 'create',
      ...(module === undefined ? {} : { module }),
      ...(index === undefined ? {} : { index }),
      ...(providerName === undefined ? {} : { providerName }),
    }))
  })
  const prior = resourcesOfModule(obj(obj(obj(plan.prior_state)?.values)?.root_module), 'prior_state.values.root_module', [], bad)
  const planned = resourcesOfModule(obj(obj(plan.planned_values)?.root_module), 'planned_values.root_module', [], bad)
  for (const r of prior) if (!out.has(r.address)) out.set(r.address, withRefs(r))
  for (const r of planned) if (!out.has(r.address)) out.set(r.address, withRefs({ ...r, planned: true, action: 'create' }))
  return [...out.values()]
}
