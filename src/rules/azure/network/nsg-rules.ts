/**
 * @module Inbound NSG evaluation for rules: which rule decides internet traffic to a port, by priority
 * (lowest number first), as Azure applies them. Default rules end in DenyAllInBound.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { isAnySource, portSpecCovers } from '../../rule-kit.js'
import type { RuleNode } from '../../rule-kit.js'

const strs = (value: JsonObject[string] | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

const fromInternet = (rule: JsonObject): boolean => strs(rule['sourceAddressPrefixes']).some(isAnySource)
const tcp = (rule: JsonObject): boolean => rule['protocol'] === 'tcp' || rule['protocol'] === '*'

/** Custom inbound rules by priority (defaults never allow internet traffic). */
export function inboundRules(nsg: RuleNode): JsonObject[] {
  return nsg
    .needObjects('securityRules')
    .filter((rule) => rule['direction'] === 'inbound')
    .sort((a, b) => Number(a['priority'] ?? 0) - Number(b['priority'] ?? 0))
}

/** The first inbound rule (of `rules`, by priority) from any source matching TCP `port`, if it allows. */
export function internetAllowOn(rules: readonly JsonObject[], port: number): JsonObject | undefined {
  for (const rule of rules) {
    if (!fromInternet(rule) || !tcp(rule)) continue
    if (!strs(rule['destinationPortRanges']).some((spec) => portSpecCovers(spec, port))) continue
    return rule['access'] === 'allow' ? rule : undefined
  }
  return undefined
}

/** Allow rules from any source to every port over every protocol. */
export function anyAnyAllows(nsg: RuleNode): JsonObject[] {
  return inboundRules(nsg).filter(
    (rule) =>
      rule['access'] === 'allow' &&
      rule['protocol'] === '*' &&
      fromInternet(rule) &&
      strs(rule['destinationPortRanges']).some((spec) => spec === '*' || spec === '0-65535'),
  )
}
