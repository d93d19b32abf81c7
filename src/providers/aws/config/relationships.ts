/**
 * @module Config `relationships[]` → edges, for the links that matter to analyses. Mappers already
 * derive most links from `configuration`; this covers items whose configuration was not selected
 * (advanced-query rows) and links only Config states. IAM links are left to the configuration,
 * which carries full ARNs where relationships carry only names.
 */
import type { EdgeInput } from '../../../model/graph-types.js'
import type { EdgeKind } from '../../../model/vocabulary.js'
import { configResourceArn } from '../core/arn.js'
import { edge } from '../core/nodes.js'
import type { ConfigItem, ConfigRelationship } from './config-item.js'

interface RelationshipRule {
  /** Types of the item carrying the relationship; undefined = any type. */
  readonly self?: readonly string[]
  readonly target: string
  readonly name: RegExp
  readonly kind: EdgeKind
  /** `out`: item → target; `in`: target → item. */
  readonly direction: 'out' | 'in'
}

const EC2 = (type: string): string => `AWS::EC2::${type}`
const IN_SUBNET = [EC2('Instance'), EC2('NetworkInterface'), EC2('NatGateway')]

const RULES: readonly RelationshipRule[] = [
  { target: EC2('SecurityGroup'), name: /^is associated with securitygroup$/i, kind: 'protected-by', direction: 'out' },
  { self: IN_SUBNET, target: EC2('Subnet'), name: /^is contained in subnet$/i, kind: 'contains', direction: 'in' },
  { self: [EC2('Subnet')], target: EC2('VPC'), name: /^is contained in vpc$/i, kind: 'contains', direction: 'in' },
  { self: [EC2('Subnet')], target: EC2('Instance'), name: /^contains instance$/i, kind: 'contains', direction: 'out' },
  { self: [EC2('Subnet')], target: EC2('NetworkInterface'), name: /^contains networkinterface$/i, kind: 'contains', direction: 'out' },
  { self: [EC2('VPC')], target: EC2('Subnet'), name: /^contains subnet$/i, kind: 'contains', direction: 'out' },
  {
    self: [EC2('NetworkInterface'), EC2('EIP'), EC2('Volume')],
    target: EC2('Instance'),
    name: /^is attached to instance$/i,
    kind: 'attached-to',
    direction: 'out',
  },
  { self: [EC2('EIP')], target: EC2('NetworkInterface'), name: /^is attached to networkinterface$/i, kind: 'attached-to', direction: 'out' },
  { self: [EC2('InternetGateway')], target: EC2('VPC'), name: /^is attached to vpc$/i, kind: 'attached-to', direction: 'out' },
  { self: [EC2('Subnet')], target: EC2('NetworkAcl'), name: /networkacl$/i, kind: 'protected-by', direction: 'out' },
  { self: [EC2('NetworkAcl')], target: EC2('Subnet'), name: /subnet$/i, kind: 'protected-by', direction: 'in' },
  { self: [EC2('RouteTable')], target: EC2('Subnet'), name: /subnet$/i, kind: 'attached-to', direction: 'out' },
]

function matches(rule: RelationshipRule, ci: ConfigItem, rel: ConfigRelationship): boolean {
  return (
    rel.resourceType === rule.target &&
    rule.name.test(rel.name) &&
    (rule.self === undefined || rule.self.includes(ci.resourceType))
  )
}

export function relationshipEdges(ci: ConfigItem): EdgeInput[] {
  return ci.relationships.flatMap((rel) => {
    const rule = RULES.find((r) => matches(r, ci, rel))
    if (rule === undefined || rel.resourceId === undefined) return []
    const target = configResourceArn(rel.resourceType, rel.resourceId, rel.resourceName, ci.accountId, ci.region)
    return [rule.direction === 'out' ? edge(ci.arn, target, rule.kind) : edge(target, ci.arn, rule.kind)]
  })
}
