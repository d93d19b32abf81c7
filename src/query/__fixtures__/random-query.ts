/**
 * Test helper: a seeded generator of valid query ASTs and of garbage text, for the property tests
 * (round trip text ↔ AST, JSON, links; the parser never crashes). fast-check is not a dependency yet;
 * this generator covers the same ground without shrinking.
 */
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, SEVERITIES } from '../../model/vocabulary.js'
import type { EdgeKind, Severity } from '../../model/vocabulary.js'
import { FINDING_STATUSES } from '../../model/finding.js'
import type { ConditionNode, SourceNode } from '../ast/ast-node.js'
import { ConditionGroupNode } from '../ast/condition-group-node.js'
import { ConnectionConditionNode, DIRECTIONS } from '../ast/connection-condition-node.js'
import { DatasourceNode } from '../ast/datasource-node.js'
import { EntitySourceNode } from '../ast/entity-source-node.js'
import { FamilySourceNode } from '../ast/family-source-node.js'
import { InsightConditionNode } from '../ast/insight-condition-node.js'
import { PropertyConditionNode } from '../ast/property-condition-node.js'
import { QueryNode } from '../ast/query-node.js'
import { RecommendationConditionNode } from '../ast/recommendation-condition-node.js'
import { NODE_FIELDS, PROPERTY_OPERATORS } from '../ast/values.js'
import type { PropertyOperator, PropertyValue, Scalar } from '../ast/values.js'
import { VulnerabilityConditionNode } from '../ast/vulnerability-condition-node.js'

/** mulberry32: small, fast, good enough to explore inputs reproducibly. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Gen {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  some<T>(values: readonly T[], min: number, max: number): T[] {
    return Array.from({ length: this.int(min, max) }, () => this.pick(values))
  }
}

const KINDS = ['aws.ec2.instance', 'azure.containerservice.managedcluster', 'k8s.pod', 'container.image', 'aws.unmapped.AWS::S3::AccountPublicAccessBlock', 'azure.unmapped.microsoft.cognitiveservices/accounts', 'skyhound.internet']
const KEYS = ['env', 'app.kubernetes.io/name', 'a b', 'back`tick', 'x-y', '0', '12', 'data-classification', 'kind', 'name', 'props', 'tags', 'match', 'ü', "it's"]
const STRINGS = ['', 'prod', "it's", 'back\\slash', 'line\nbreak', 'tab\t', 'quote"', 'ünïcödé', '😀', '0.0.0.0/0', 'MATCH', '\u0001', 'a`b']
const NUMBERS = [0, 1, -1, 42, 443, -2.5, 0.125, 1e21, 3.5e-7, 65535]
const PATTERNS = ['^a', '(?i)prod', 'x\\d+', "it's", '^(web|api)-[0-9]+$', '\\.']

function scalar(g: Gen): Scalar {
  switch (g.int(0, 3)) {
    case 0:
      return g.pick(STRINGS)
    case 1:
      return g.pick(NUMBERS)
    case 2:
      return g.chance(0.5)
    default:
      return null
  }
}

function valueFor(g: Gen, operator: PropertyOperator): PropertyValue | undefined {
  switch (operator) {
    case 'exists':
      return undefined
    case 'in':
      return Array.from({ length: g.int(1, 3) }, () => scalar(g))
    case 'regex':
      return g.pick(PATTERNS)
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return g.chance(0.5) ? g.pick(NUMBERS) : g.pick(STRINGS)
    case 'startswith':
    case 'endswith':
      return g.pick(STRINGS)
    default:
      return scalar(g)
  }
}

function path(g: Gen, edge: boolean): string[] {
  if (edge) return g.chance(0.2) ? ['kind'] : ['props', ...g.some(KEYS, 0, 3)]
  switch (g.int(0, 2)) {
    case 0:
      return [g.pick(NODE_FIELDS)]
    case 1:
      return g.chance(0.2) ? ['tags'] : ['tags', g.pick(KEYS)]
    default:
      return ['props', ...g.some(KEYS, 0, 3)]
  }
}

function property(g: Gen, edge: boolean): ConditionNode {
  const operator = g.pick(PROPERTY_OPERATORS)
  return PropertyConditionNode.create(path(g, edge), operator, valueFor(g, operator))
}

function group(g: Gen, depth: number, member: (depth: number) => ConditionNode): ConditionNode {
  const operator = g.pick(['and', 'or', 'not'] as const)
  if (operator === 'not') return ConditionGroupNode.not(member(depth))
  return ConditionGroupNode.create(operator, Array.from({ length: g.int(2, 3) }, () => member(depth)))
}

function edgeCondition(g: Gen, depth: number): ConditionNode {
  return depth > 0 && g.chance(0.3) ? group(g, depth - 1, (d) => edgeCondition(g, d)) : property(g, true)
}

export function condition(g: Gen, depth: number): ConditionNode {
  const choice = g.int(0, depth > 0 ? 6 : 3)
  switch (choice) {
    case 0:
      return property(g, false)
    case 1: {
      const params: Record<string, PropertyValue> = {}
      if (g.chance(0.4)) params['port'] = g.chance(0.5) ? g.int(0, 65535) : [g.int(0, 65535), g.int(0, 65535)]
      if (g.chance(0.4)) params['width'] = g.pick(['wide', 'narrow'])
      if (g.chance(0.3)) params[g.pick(['protocol', 'level', 'a b'])] = scalar(g)
      return InsightConditionNode.create(g.pick(INSIGHT_ID_LIST), params)
    }
    case 2:
      return RecommendationConditionNode.create({
        ruleIds: g.chance(0.5) ? g.some(['r-1', 'aws-s3-bucket-public-read', "it's"], 1, 3) : undefined,
        severities: g.chance(0.5) ? (g.some(SEVERITIES, 1, 3) as Severity[]) : undefined,
        status: g.chance(0.5) ? g.pick(FINDING_STATUSES) : undefined,
      })
    case 3:
      return VulnerabilityConditionNode.create({
        cves: g.chance(0.5) ? g.some(['CVE-2021-44228', 'CVE-2024-6387', 'GHSA-x'], 1, 2) : undefined,
        severities: g.chance(0.5) ? (g.some(SEVERITIES, 1, 2) as Severity[]) : undefined,
        rce: g.chance(0.5) ? g.chance(0.5) : undefined,
        fixable: g.chance(0.3) ? g.chance(0.5) : undefined,
      })
    case 4:
    case 5: {
      const min = g.int(0, 2)
      return ConnectionConditionNode.create({
        name: g.chance(0.7) ? g.pick(EDGE_KIND_IDS) : (g.some(EDGE_KIND_IDS, 2, 3) as EdgeKind[]),
        direction: g.pick(DIRECTIONS),
        minHops: min,
        maxHops: Math.max(1, min + g.int(0, 3)),
        edge: g.chance(0.3) ? edgeCondition(g, 1) : undefined,
        target: datasource(g, depth - 1),
      })
    }
    default:
      return group(g, depth - 1, (d) => condition(g, d))
  }
}

export function datasource(g: Gen, depth: number): DatasourceNode {
  const sources: SourceNode[] = Array.from({ length: g.int(0, 3) }, () =>
    g.chance(0.6) ? FamilySourceNode.create(g.pick(FAMILY_IDS)) : EntitySourceNode.create(g.pick(KINDS)),
  )
  const conditions = g.chance(0.8) ? ConditionGroupNode.create(g.pick(['and', 'or'] as const), Array.from({ length: g.int(1, 3) }, () => condition(g, depth))) : undefined
  return DatasourceNode.create(sources, conditions)
}

export function randomQuery(g: Gen, depth = 3): QueryNode {
  return QueryNode.create(datasource(g, depth))
}

const SOUP = ['MATCH', 'WHERE', 'RETURN', 'AND', 'OR', 'NOT', 'EXISTS', 'IN', 'IS', 'NULL', 'LIMIT', '(', ')', '[', ']', '{', '}', ':', '|', '-', '->', '<-', '*', '..', '.', ',', '=', '<>', '=~', "'x'", '"y', '`z`', '`', '42', '-1', 'n', 'c', 'vm', 'k8s-cluster', 'contains', 'HAS_INSIGHT', 'has_vulnerability', '/*', '//', '\n', ' ', '\\', '\u0000', '😀']

/** Text that is usually not a query: token soup, mutated valid queries, random characters. */
export function garbage(g: Gen, valid: string): string {
  switch (g.int(0, 2)) {
    case 0:
      return g.some(SOUP, 0, 30).join(g.chance(0.5) ? ' ' : '')
    case 1: {
      let text = valid
      for (let i = g.int(1, 4); i > 0; i--) {
        const at = g.int(0, text.length)
        const op = g.int(0, 2)
        if (op === 0) text = text.slice(0, at) + text.slice(at + g.int(1, 5))
        else if (op === 1) text = text.slice(0, at) + g.pick(SOUP) + text.slice(at)
        else text = text.slice(0, at) + text.slice(at).split('').reverse().join('').slice(0, g.int(0, 20))
      }
      return text
    }
    default:
      return Array.from({ length: g.int(0, 60) }, () => String.fromCharCode(g.int(0, 0x2fff))).join('')
  }
}
