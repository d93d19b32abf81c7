/** @module GCP firewall rules that admit any source on a port (shared by the firewall rules). */
import type { JsonObject } from '../../../model/graph-types.js'
import { coversPort, isAnySource } from '../../rule-kit.js'
import type { RuleNode } from '../../rule-kit.js'

export type FirewallVerdict = { readonly applies: false; readonly why: string } | { readonly applies: true; readonly open: boolean; readonly sources: string[] }

export function ingressOpenOn(firewall: RuleNode, port: number): FirewallVerdict {
  if (firewall.str('direction') === 'egress') return { applies: false, why: 'is an egress rule' }
  if (firewall.bool('disabled') === true) return { applies: false, why: 'is disabled' }
  if (firewall.str('action') === 'deny' || (firewall.objects('denied')?.length ?? 0) > 0) return { applies: false, why: 'denies traffic' }
  const sources = firewall.needStrings('sourceRanges').filter(isAnySource)
  const allowed = firewall.needObjects('allowed')
  const covers = allowed.some((entry: JsonObject) => {
    const protocol = entry['protocol']
    if (protocol !== 'tcp' && protocol !== 'all') return false
    const ranges = Array.isArray(entry['portRanges']) ? entry['portRanges'] : []
    return ranges.some((r) => typeof r === 'object' && r !== null && !Array.isArray(r) && coversPort(Number(r['from']), Number(r['to']), port))
  })
  return { applies: true, open: covers && sources.length > 0, sources }
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Allowed entries that open every port: protocol `all`, or a protocol whose port ranges span 0–65535. */
export function allPortEntries(firewall: RuleNode): string[] {
  return firewall.needObjects('allowed').flatMap((entry) => {
    const protocol = typeof entry['protocol'] === 'string' ? entry['protocol'] : 'all'
    const ranges = Array.isArray(entry['portRanges']) ? entry['portRanges'].filter(isObject) : []
    const everyPort = protocol === 'all' || ranges.some((r) => Number(r['from']) <= 1 && Number(r['to']) >= 65535)
    return everyPort ? [protocol] : []
  })
}
