/**
 * @module IAM `Condition` blocks are not evaluated (their keys depend on the request: source IP, MFA,
 * tags, external id…); they are rendered into readable caveats so a conditional grant or deny is
 * never silently treated as unconditional or dropped.
 */
import type { JsonValue } from '../../../model/graph-types.js'

const valueText = (value: JsonValue): string => (typeof value === 'string' ? value : JSON.stringify(value))

/** `{"StringEquals": {"sts:ExternalId": "x"}}` → `['StringEquals sts:ExternalId = x']`, sorted. */
export function renderConditions(condition: JsonValue | undefined): string[] {
  if (condition === undefined || condition === null || typeof condition !== 'object' || Array.isArray(condition)) return []
  const out: string[] = []
  for (const [operator, block] of Object.entries(condition)) {
    if (block === null || typeof block !== 'object' || Array.isArray(block)) {
      out.push(`${operator} ${valueText(block)}`)
      continue
    }
    for (const [key, value] of Object.entries(block)) {
      out.push(
        Array.isArray(value)
          ? `${operator} ${key} in [${value.map(valueText).join(', ')}]`
          : `${operator} ${key} = ${valueText(value)}`,
      )
    }
  }
  return out.sort()
}
