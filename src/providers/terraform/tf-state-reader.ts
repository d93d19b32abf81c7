/** @module Resource instances of `terraform show -json` state values and of raw tfstate v4 files. */
import type { JsonObject } from '../../model/graph-types.js'
import { arr, obj, objects, str, strings } from '../shared/json-values.js'
import type { TfResource } from './tf-resource.js'
import { instanceAddress } from './tf-resource.js'
import { maskSensitive, mirrorOfPaths, normalizeMirror } from './tf-sensitive.js'

/** Kubernetes payload types whose `data` maps are reduced to keys. */
export const PAYLOAD_TYPES = new Set(['kubernetes_secret', 'kubernetes_secret_v1', 'kubernetes_config_map', 'kubernetes_config_map_v1'])

const modeOf = (value: unknown): 'managed' | 'data' => (value === 'data' ? 'data' : 'managed')

/** The module part of an address: `module.a.module.b["x"].aws_s3_bucket.b` → `module.a.module.b["x"]`. */
export function moduleOfAddress(address: string): string | undefined {
  const match = /^((?:module\.[^.[]+(?:\[[^\]]*\])?\.)*)/.exec(address)
  const prefix = match?.[1] ?? ''
  return prefix === '' ? undefined : prefix.slice(0, -1)
}

function showResource(r: JsonObject, location: string, fallbackModule: string | undefined): TfResource | undefined {
  const type = str(r.type)
  const name = str(r.name)
  if (type === undefined || name === undefined) return undefined
  const mode = modeOf(r.mode)
  const index = typeof r.index === 'number' || typeof r.index === 'string' ? r.index : undefined
  const address = str(r.address) ?? instanceAddress(fallbackModule, mode, type, name, index)
  const module = moduleOfAddress(address)
  const providerName = str(r.provider_name)
  return {
    address,
    mode,
    type,
    name,
    values: maskSensitive(obj(r.values) ?? {}, r.sensitive_values ?? undefined, PAYLOAD_TYPES.has(type)) as JsonObject,
    dependsOn: strings(r.depends_on),
    location,
    ...(module === undefined ? {} : { module }),
    ...(index === undefined ? {} : { index }),
    ...(providerName === undefined ? {} : { providerName }),
  }
}

/** Walks `root_module` and its nested `child_modules` (state `values` or plan `planned_values`). */
export function resourcesOfModule(module: JsonObject | undefined, location: string, out: TfResource[] = [], bad: string[] = []): TfResource[] {
  if (module === undefined) return out
  objects(module.resources).forEach((r, i) => {
    const place = `${location}.resources[${i}]`
    const resource = showResource(r, place, str(module.address))
    if (resource === undefined) bad.push(place)
    else out.push(resource)
  })
  objects(module.child_modules).forEach((child, i) => resourcesOfModule(child, `${location}.child_modules[${i}]`, out, bad))
  return out
}

/** Raw `terraform.tfstate` (version 4): `resources[].instances[]` with `attributes`. */
export function resourcesOfRawState(state: JsonObject, bad: string[] = []): TfResource[] {
  const out: TfResource[] = []
  objects(state.resources).forEach((r, i) => {
    const type = str(r.type)
    const name = str(r.name)
    if (type === undefined || name === undefined) {
      bad.push(`resources[${i}]`)
      return
    }
    const mode = modeOf(r.mode)
    const module = str(r.module)
    const provider = str(r.provider)
    objects(r.instances).forEach((instance, j) => {
      const key = instance.index_key
      const index = typeof key === 'number' || typeof key === 'string' ? key : undefined
      const attributes = obj(instance.attributes) ?? obj(instance.attributes_flat) ?? {}
      const mirror = normalizeMirror(mirrorOfPaths(instance.sensitive_attributes), attributes)
      out.push({
        address: instanceAddress(module, mode, type, name, index),
        mode,
        type,
        name,
        values: maskSensitive(attributes, mirror, PAYLOAD_TYPES.has(type)) as JsonObject,
        dependsOn: arr(instance.dependencies).filter((d): d is string => typeof d === 'string'),
        location: `resources[${i}].instances[${j}]`,
        ...(module === undefined ? {} : { module }),
        ...(index === undefined ? {} : { index }),
        ...(provider === undefined ? {} : { providerName: provider.replace(/^provider\["(.+)"\].*$/, '$1') }),
      })
    })
  })
  return out
}
