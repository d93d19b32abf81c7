/** @module The network rule sets of storage accounts, Key Vaults and registries, in one shape. */
import type { JsonObject } from '../../../model/graph-types.js'
import { refId } from '../arm-refs.js'
import { asArray, asObject, asString, compact, field, lower } from '../../shared/json-access.js'

/** `{defaultAction, bypass, ipRules[].value, virtualNetworkRules[].id}`; `undefined` when absent. */
export function normalizeNetworkAcls(value: unknown): JsonObject | undefined {
  const acls = asObject(value)
  if (acls === undefined) return undefined
  return compact({
    defaultAction: lower(field(acls, 'defaultAction')),
    bypass: asString(field(acls, 'bypass')),
    ipRules: asArray(field(acls, 'ipRules')).flatMap((rule) => {
      const object = asObject(rule)
      return asString(field(object, 'value')) ?? asString(field(object, 'ipAddressOrRange')) ?? []
    }),
    virtualNetworkRuleIds: asArray(field(acls, 'virtualNetworkRules')).flatMap((rule) => refId(rule) ?? []),
  })
}
