/**
 * @module Load balancer attributes for rules. AWS Config keeps them as `[{key, value}]`, the API as
 * `{Attributes: [{Key, Value}]}`; values are the strings "true"/"false" in both.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import type { RuleNode } from '../../rule-kit.js'

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Attribute key → value, or undefined when the input carries no attributes for the load balancer. */
export function loadBalancerAttributes(lb: RuleNode): ReadonlyMap<string, string> | undefined {
  const raw = lb.value('attributes')
  const list = Array.isArray(raw) ? raw : isObject(raw) && Array.isArray(raw['Attributes']) ? raw['Attributes'] : undefined
  if (list === undefined) return undefined
  const out = new Map<string, string>()
  for (const entry of list) {
    if (!isObject(entry)) continue
    const key = entry['key'] ?? entry['Key']
    const value = entry['value'] ?? entry['Value']
    if (typeof key === 'string' && (typeof value === 'string' || typeof value === 'boolean')) out.set(key, String(value))
  }
  return out
}
