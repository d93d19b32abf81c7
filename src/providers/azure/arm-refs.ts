/** @module Reading ARM references and sub-resources inside `properties` (formats.md §A2 relationships). */
import type { JsonObject } from '../../model/graph-types.js'
import { armRef } from './arm-id.js'
import { asArray, asObject, asString, field } from '../shared/json-access.js'

/** Node id of `{id: '<arm id>'}`. */
export const refId = (value: unknown): string | undefined => armRef(field(asObject(value), 'id'))

/** Node ids of `[{id: '<arm id>'}, …]`, skipping entries that are not ARM ids. */
export const refIds = (value: unknown): string[] => asArray(value).flatMap((item) => refId(item) ?? [])

/** A sub-resource's own properties: ARM nests them under `properties`, `az` flattens them. */
export function subProps(item: unknown): JsonObject {
  const object = asObject(item)
  return asObject(field(object, 'properties')) ?? object ?? {}
}

/** Sub-resources of a list as `{ name, props }`. */
export const subResources = (value: unknown): { name: string | undefined; id: string | undefined; props: JsonObject }[] =>
  asArray(value).map((item) => ({
    name: asString(field(asObject(item), 'name')),
    id: refId(item),
    props: subProps(item),
  }))
