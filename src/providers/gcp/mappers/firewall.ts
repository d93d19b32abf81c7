/**
 * @module VPC firewall rules, normalized for the exposure analysis: lowercase direction, default
 * priority 1000, parsed port ranges (no ports = every port), targets kept for matching instances by
 * network tag or service account. The network is protected-by each of its rules.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { asBoolean, asNumber, asObject, asString, compact, lower, objects, strings } from '../../shared/json-access.js'
import { ALL_PORTS, parsePortRange } from '../../shared/port-range.js'
import type { AssetMapper } from '../asset-mapper.js'
import { computeName } from '../gcp-names.js'

function permissions(list: unknown): JsonObject[] {
  return objects(list).map((entry) => {
    const ports = strings(entry['ports'])
    return {
      protocol: lower(entry['IPProtocol']) ?? lower(entry['ipProtocol']) ?? 'all',
      ports,
      portRanges: ports.length === 0 ? [ALL_PORTS] : ports.flatMap((port) => parsePortRange(port) ?? []),
    }
  })
}

export const mapFirewall: AssetMapper = (ctx) => {
  const data = ctx.data
  const network = computeName(asString(data['network']) ?? '')
  const targetTags = strings(data['targetTags'])
  const targetServiceAccounts = strings(data['targetServiceAccounts'])
  const allowed = permissions(data['allowed'])
  const denied = permissions(data['denied'])
  const priority = asNumber(data['priority']) ?? 1000
  if (network !== undefined) ctx.out.edge(network, 'protected-by', ctx.id, { priority, targetTags, targetServiceAccounts })
  return compact({
    network,
    direction: lower(data['direction']) ?? 'ingress',
    priority,
    action: denied.length > 0 ? 'deny' : 'allow',
    allowed,
    denied,
    sourceRanges: strings(data['sourceRanges']),
    destinationRanges: strings(data['destinationRanges']),
    sourceTags: strings(data['sourceTags']),
    sourceServiceAccounts: strings(data['sourceServiceAccounts']),
    targetTags,
    targetServiceAccounts,
    appliesToAllInstances: targetTags.length === 0 && targetServiceAccounts.length === 0,
    disabled: asBoolean(data['disabled']) ?? false,
    logEnabled: asBoolean(asObject(data['logConfig'])?.['enable']),
  })
}
