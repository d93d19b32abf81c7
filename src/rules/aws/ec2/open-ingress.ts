/** @module Security group ingress rules that admit any source address on a port (shared by SG rules). */
import type { JsonObject } from '../../../model/graph-types.js'
import { coversPort, isAnySource, text, texts } from '../../rule-kit.js'
import type { RuleNode } from '../../rule-kit.js'

/** Ingress rules of a security group open to 0.0.0.0/0 or ::/0 on `port` over TCP (or all protocols). */
export function openIngressOn(group: RuleNode, port: number): JsonObject[] {
  return group.needObjects('ingressRules').filter((rule) => {
    const protocol = rule['protocol']
    if (protocol !== 'tcp' && protocol !== 'all') return false
    const from = typeof rule['fromPort'] === 'number' ? rule['fromPort'] : undefined
    const to = typeof rule['toPort'] === 'number' ? rule['toPort'] : undefined
    const cidrs = Array.isArray(rule['cidrs']) ? rule['cidrs'] : []
    return coversPort(from, to, port) && cidrs.some((c) => typeof c === 'string' && isAnySource(c))
  })
}

export function describeRule(rule: JsonObject): string {
  const cidrs = texts(rule['cidrs']).filter(isAnySource)
  const ports = rule['fromPort'] === rule['toPort'] ? text(rule['fromPort']) : `${text(rule['fromPort'])}-${text(rule['toPort'])}`
  return `${text(rule['protocol'])} ${ports} from ${cidrs.join(', ')}`
}
