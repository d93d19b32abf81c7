/** @module Keeps secret values out of `props.config`: the key stays (rules may test presence), the value goes. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export const REDACTED = '[redacted]'

const SECRET_KEY =
  /(password|passwd|secret|connectionstring|connectionstrings|customdata|sastoken|accesskey|accountkey|primarykey|secondarykey|masterkey|privatekey|token)$/i

/** A copy with secret-looking string values replaced; the very same value when nothing matched. */
export function redactSecrets(value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    let changed = false
    const out = value.map((item) => {
      const next = redactSecrets(item)
      changed ||= next !== item
      return next
    })
    return changed ? out : value
  }
  if (typeof value !== 'object' || value === null) return value
  let out: JsonObject | undefined
  for (const [key, item] of Object.entries(value)) {
    const next = SECRET_KEY.test(key) && typeof item === 'string' && item !== '' ? REDACTED : redactSecrets(item)
    if (next !== item) {
      out ??= { ...value }
      out[key] = next
    }
  }
  return out ?? value
}
