/** @module AWS tags arrive as a map (Config top level) or a list of {key,value} / {Key,Value} pairs. */
import type { JsonValue } from '../../../model/graph-types.js'
import { isObject, parseEmbeddedJson, str } from './json.js'

export function tagsOf(value: JsonValue | undefined): Record<string, string> {
  const parsed = parseEmbeddedJson(value)
  const out: Record<string, string> = {}
  if (Array.isArray(parsed)) {
    for (const pair of parsed) {
      const key = str(pair, 'key', 'tagKey')
      if (key !== undefined) out[key] = str(pair, 'value', 'tagValue') ?? ''
    }
  } else if (isObject(parsed)) {
    for (const [key, tagValue] of Object.entries(parsed)) {
      if (typeof tagValue === 'string') out[key] = tagValue
      else if (typeof tagValue === 'number' || typeof tagValue === 'boolean') out[key] = String(tagValue)
    }
  }
  return out
}
