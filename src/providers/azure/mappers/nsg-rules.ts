/**
 * @module Normalizes NSG security rules so the exposure analysis reads one shape: lowercase enums,
 * singular and plural prefix/port fields merged, port ranges parsed, service tags kept as written.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { refIds, subProps } from '../arm-refs.js'
import { asArray, asNumber, asObject, asString, compact, field, lower, strings } from '../../shared/json-access.js'
import { parsePortRange } from '../../shared/port-range.js'


/** `xPrefix` and `xPrefixes` (ARM allows either) as one de-duplicated list. */
function merged(props: JsonObject, singular: string, plural: string): string[] {
  return [...new Set([...strings(field(props, singular)), ...strings(field(props, plural))])]
}

export function normalizeSecurityRule(rule: JsonValue, isDefault: boolean): JsonObject {
  const props = subProps(rule)
  const destinationPortRanges = merged(props, 'destinationPortRange', 'destinationPortRanges')
  return compact({
    name: asString(field(asObject(rule), 'name')),
    priority: asNumber(field(props, 'priority')),
    direction: lower(field(props, 'direction')),
    access: lower(field(props, 'access')),
    protocol: lower(field(props, 'protocol')),
    sourceAddressPrefixes: merged(props, 'sourceAddressPrefix', 'sourceAddressPrefixes'),
    sourcePortRanges: merged(props, 'sourcePortRange', 'sourcePortRanges'),
    destinationAddressPrefixes: merged(props, 'destinationAddressPrefix', 'destinationAddressPrefixes'),
    destinationPortRanges,
    destinationPorts: destinationPortRanges.flatMap((range) => parsePortRange(range) ?? []),
    sourceApplicationSecurityGroupIds: refIds(field(props, 'sourceApplicationSecurityGroups')),
    destinationApplicationSecurityGroupIds: refIds(field(props, 'destinationApplicationSecurityGroups')),
    description: asString(field(props, 'description')),
    isDefault,
  })
}

const order = (rule: JsonObject): string =>
  `${asString(rule['direction']) ?? ''}:${String(asNumber(rule['priority']) ?? 99999).padStart(5, '0')}`

/** Rules sorted by direction then priority, the order Azure evaluates them in. */
export function normalizeSecurityRules(rules: unknown, isDefault: boolean): JsonObject[] {
  return asArray(rules)
    .map((rule) => normalizeSecurityRule(rule, isDefault))
    .sort((a, b) => order(a).localeCompare(order(b)))
}
