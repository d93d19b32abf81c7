/**
 * Test helper: fast-check arbitraries of valid query ASTs and of text that is usually not a query, for the
 * property tests (text ↔ AST, JSON and share-link round trips; the parser never crashes). Values mix
 * hand-picked awkward ones (quotes, backticks, escapes, keywords, unicode) with arbitrary ones, so shrinking
 * leads to a small counterexample when a round trip breaks.
 */
import * as fc from 'fast-check'
import { FINDING_STATUSES } from '../../model/finding.js'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, SEVERITIES } from '../../model/vocabulary.js'
import type { ConditionNode, SourceNode } from '../ast/ast-node.js'
import { ConditionGroupNode } from '../ast/condition-group-node.js'
import { ConnectionConditionNode, DIRECTIONS } from '../ast/connection-condition-node.js'
import { DatasourceNode } from '../ast/datasource-node.js'
import { EntitySourceNode } from '../ast/entity-source-node.js'
import { FamilySourceNode } from '../ast/family-source-node.js'
import { InsightConditionNode } from '../ast/insight-condition-node.js'
import { PropertyConditionNode } from '../ast/property-condition-node.js'
import { QueryNode } from '../ast/query-node.js'
import { printQuery } from '../text/print-query.js'
import { RecommendationConditionNode } from '../ast/recommendation-condition-node.js'
import { NODE_FIELDS, PROPERTY_OPERATORS } from '../ast/values.js'
import type { PropertyOperator, PropertyValue, Scalar } from '../ast/values.js'
import { VulnerabilityConditionNode } from '../ast/vulnerability-condition-node.js'

const KINDS = ['aws.ec2.instance', 'azure.containerservice.managedcluster', 'k8s.pod', 'container.image', 'aws.unmapped.AWS::S3::AccountPublicAccessBlock', 'azure.unmapped.microsoft.cognitiveservices/accounts', 'skyhound.internet']
const KEYS = ['env', 'app.kubernetes.io/name', 'a b', 'back`tick', 'x-y', '0', '12', 'data-classification', 'kind', 'name', 'props', 'tags', 'match', 'ü', "it's"]
const STRINGS = ['', 'prod', "it's", 'back\\slash', 'line\nbreak', 'tab\t', 'quote"', 'ünïcödé', '😀', '0.0.0.0/0', 'MATCH', '\u0001', 'a`b']
const PATTERNS = ['^a', '(?i)prod', 'x\\d+', "it's", '^(web|api)-[0-9]+$', '\\.']

/** Any string a user could type, including lone surrogates and control characters. */
const anyString = fc.oneof(fc.constantFrom(...STRINGS), fc.string({ unit: 'binary', maxLength: 12 }))
/** Finite numbers; -0 prints as 0, which is the same value to every comparison. */
const anyNumber = fc.oneof(
  fc.integer({ min: -70_000, max: 70_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
)
const anyKey = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) })
const scalar: fc.Arbitrary<Scalar> = fc.oneof(anyString, anyNumber, fc.boolean(), fc.constant(null))
const pattern = fc.constantFrom(...PATTERNS)

function valueFor(operator: PropertyOperator): fc.Arbitrary<PropertyValue | undefined> {
  switch (operator) {
    case 'exists':
      return fc.constant(undefined)
    case 'in':
      return fc.array(scalar, { minLength: 1, maxLength: 3 })
    case 'regex':
      return pattern
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return fc.oneof(anyNumber, anyString)
    case 'startswith':
    case 'endswith':
      return anyString
    default:
      return scalar
  }
}

const nodePath: fc.Arbitrary<string[]> = fc.oneof(
  fc.constantFrom(...NODE_FIELDS).map((field) => [field]),
  fc.option(anyKey, { nil: undefined }).map((key) => (key === undefined ? ['tags'] : ['tags', key])),
  fc.array(anyKey, { maxLength: 3 }).map((keys) => ['props', ...keys]),
)
const edgePath: fc.Arbitrary<string[]> = fc.oneof(fc.constant<string[]>(['kind']), fc.array(anyKey, { maxLength: 3 }).map((keys) => ['props', ...keys]))

function property(path: fc.Arbitrary<string[]>): fc.Arbitrary<ConditionNode> {
  return fc
    .tuple(path, fc.constantFrom(...PROPERTY_OPERATORS))
    .chain(([p, operator]) => valueFor(operator).map((value) => PropertyConditionNode.create(p, operator, value)))
}

function groupOf(member: fc.Arbitrary<ConditionNode>): fc.Arbitrary<ConditionNode> {
  return fc.oneof(
    member.map((m) => ConditionGroupNode.not(m)),
    fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(member, { minLength: 2, maxLength: 3 })).map(([op, members]) => ConditionGroupNode.create(op, members)),
  )
}

const insight: fc.Arbitrary<ConditionNode> = fc
  .record(
    {
      id: fc.constantFrom(...INSIGHT_ID_LIST),
      port: fc.oneof(fc.integer({ min: 0, max: 65535 }), fc.tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }))),
      width: fc.constantFrom('wide', 'narrow'),
      extraKey: fc.constantFrom('protocol', 'level', 'a b'),
      extra: scalar,
    },
    { requiredKeys: ['id'] },
  )
  .map(({ id, port, width, extraKey, extra }) => {
    const params: Record<string, PropertyValue> = {}
    if (port !== undefined) params['port'] = port
    if (width !== undefined) params['width'] = width
    if (extraKey !== undefined && extra !== undefined) params[extraKey] = extra
    return InsightConditionNode.create(id, params)
  })

const recommendation: fc.Arbitrary<ConditionNode> = fc
  .record(
    {
      ruleIds: fc.array(fc.oneof(fc.constantFrom('r-1', 'aws-s3-bucket-public-read', "it's"), fc.string({ minLength: 1, maxLength: 10 })), { minLength: 1, maxLength: 3 }),
      severities: fc.array(fc.constantFrom(...SEVERITIES), { minLength: 1, maxLength: 3 }),
      status: fc.constantFrom(...FINDING_STATUSES),
    },
    { requiredKeys: [] },
  )
  .map((spec) => RecommendationConditionNode.create(spec))

const vulnerability: fc.Arbitrary<ConditionNode> = fc
  .record(
    {
      cves: fc.array(fc.constantFrom('CVE-2021-44228', 'CVE-2024-6387', 'GHSA-x'), { minLength: 1, maxLength: 2 }),
      severities: fc.array(fc.constantFrom(...SEVERITIES), { minLength: 1, maxLength: 2 }),
      rce: fc.boolean(),
      fixable: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((spec) => VulnerabilityConditionNode.create(spec))

const edgeCondition: fc.Arbitrary<ConditionNode> = fc.letrec<{ edge: ConditionNode }>((tie) => ({
  edge: fc.oneof({ depthSize: 'small', withCrossShrink: true }, property(edgePath), groupOf(tie('edge'))),
})).edge

const source: fc.Arbitrary<SourceNode> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FAMILY_IDS).map((family) => FamilySourceNode.create(family)) },
  { weight: 2, arbitrary: fc.constantFrom(...KINDS).map((kind) => EntitySourceNode.create(kind)) },
)

/** Datasources nest through connections; `maxDepth` bounds how deep (fast-check's depth control). */
export function datasourceArbitrary(maxDepth = 3): fc.Arbitrary<DatasourceNode> {
  const { datasource } = fc.letrec<{ datasource: DatasourceNode; condition: ConditionNode; connection: ConditionNode }>((tie) => ({
    connection: fc
      .record({
        name: fc.oneof(fc.constantFrom(...EDGE_KIND_IDS), fc.uniqueArray(fc.constantFrom(...EDGE_KIND_IDS), { minLength: 2, maxLength: 3 })),
        direction: fc.constantFrom(...DIRECTIONS),
        minHops: fc.integer({ min: 0, max: 2 }),
        extraHops: fc.integer({ min: 0, max: 3 }),
        edge: fc.option(edgeCondition, { nil: undefined }),
        target: tie('datasource'),
      })
      .map(({ name, direction, minHops, extraHops, edge, target }) =>
        ConnectionConditionNode.create({ name, direction, minHops, maxHops: Math.max(1, minHops + extraHops), edge, target }),
      ),
    condition: fc.oneof(
      { maxDepth, depthSize: 'small', withCrossShrink: true },
      property(nodePath),
      insight,
      recommendation,
      vulnerability,
      tie('connection'),
      groupOf(tie('condition')),
    ),
    datasource: fc
      .record({
        sources: fc.array(source, { maxLength: 3 }),
        operator: fc.constantFrom('and' as const, 'or' as const),
        conditions: fc.option(fc.array(tie('condition'), { minLength: 1, maxLength: 3 }), { nil: undefined, freq: 5 }),
      })
      .map(({ sources, operator, conditions }) => DatasourceNode.create(sources, conditions === undefined ? undefined : ConditionGroupNode.create(operator, conditions))),
  }))
  return datasource
}

export function queryArbitrary(maxDepth = 3): fc.Arbitrary<QueryNode> {
  return datasourceArbitrary(maxDepth).map((datasource) => QueryNode.create(datasource))
}

const SOUP = ['MATCH', 'WHERE', 'RETURN', 'AND', 'OR', 'NOT', 'EXISTS', 'IN', 'IS', 'NULL', 'LIMIT', '(', ')', '[', ']', '{', '}', ':', '|', '-', '->', '<-', '*', '..', '.', ',', '=', '<>', '=~', "'x'", '"y', '`z`', '`', '42', '-1', 'n', 'c', 'vm', 'k8s-cluster', 'contains', 'HAS_INSIGHT', 'has_vulnerability', '/*', '//', '\n', ' ', '\\', '\u0000', '😀']

/** One edit of a valid query: delete a slice, insert a token, or reverse and cut the tail. */
const mutation = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), size: fc.integer({ min: 1, max: 20 }), token: fc.constantFrom(...SOUP) })

/** Text that is usually not a query: token soup, mutated valid queries, arbitrary characters. */
export function garbageArbitrary(): fc.Arbitrary<string> {
  const soup = fc.tuple(fc.array(fc.constantFrom(...SOUP), { maxLength: 30 }), fc.constantFrom(' ', '')).map(([tokens, glue]) => tokens.join(glue))
  const mutated = fc.tuple(queryArbitrary(2), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([query, edits]) => {
    let text = printQuery(query)
    for (const { at: rawAt, kind, size, token } of edits) {
      const at = rawAt % (text.length + 1)
      if (kind === 0) text = text.slice(0, at) + text.slice(at + size)
      else if (kind === 1) text = text.slice(0, at) + token + text.slice(at)
      else text = text.slice(0, at) + [...text.slice(at)].reverse().join('').slice(0, size)
    }
    return text
  })
  return fc.oneof(soup, mutated, fc.string({ unit: 'binary', maxLength: 60 }))
}
