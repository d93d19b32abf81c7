/**
 * @module JSON → canonical query AST. Structure comes from the zod schema; names are checked against the
 * vocabulary (families, edge kinds, insights, severities, statuses) and the providers' kind tables, and
 * values against their operators. Every problem is reported with its JSON path, all at once.
 */
import { FINDING_STATUSES } from '../model/finding.js'
import type { FindingStatus } from '../model/finding.js'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, SEVERITIES, isEdgeKind, isFamily, isInsightId, isSeverity } from '../model/vocabulary.js'
import type { Severity } from '../model/vocabulary.js'
import type { ConditionNode, SourceNode } from './ast/ast-node.js'
import { ConditionGroupNode } from './ast/condition-group-node.js'
import { ConnectionConditionNode } from './ast/connection-condition-node.js'
import { DatasourceNode } from './ast/datasource-node.js'
import { EntitySourceNode } from './ast/entity-source-node.js'
import { FamilySourceNode } from './ast/family-source-node.js'
import { InsightConditionNode } from './ast/insight-condition-node.js'
import { PropertyConditionNode } from './ast/property-condition-node.js'
import { QueryNode } from './ast/query-node.js'
import { RecommendationConditionNode } from './ast/recommendation-condition-node.js'
import { EDGE_PATH_ROOTS, NODE_FIELDS, PATH_ROOTS, isScalar } from './ast/values.js'
import type { PropertyOperator, PropertyValue } from './ast/values.js'
import { VulnerabilityConditionNode } from './ast/vulnerability-condition-node.js'
import { closestName, isKnownKind, KNOWN_KINDS } from './known-kinds.js'
import { QueryError } from './query-error.js'
import type { QueryIssue } from './query-error.js'
import { queryJsonSchema } from './query-schema.js'
import type { ConditionInput, DatasourceInput, PropertyConditionInput, QueryInput, SourceInput } from './query-schema.js'

/** Structural bounds that hold whatever the run limits: they keep validation and printing cheap. */
export const QUERY_BOUNDS = {
  /** Nesting of JSON objects and arrays. */
  maxDepth: 64,
  /** Conditions and sources in one query. */
  maxNodes: 2_000,
  /** Upper end of any hop range; run limits (`maxHops`) are usually lower. */
  maxHops: 16,
  /** Length of a regular expression. */
  maxPatternLength: 512,
} as const

/** Regex features that can backtrack exponentially on crafted input: nested quantifiers and back-references. */
const RISKY_PATTERN = /\([^()]*[+*}][^()]*\)[+*{]|\\[1-9]/

function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestName(name, candidates)
  return close === undefined ? '' : ` (did you mean '${close}'?)`
}

function pathText(path: readonly (string | number)[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('')}`
}

function jsonDepth(value: unknown): number {
  let max = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (typeof item !== 'object' || item === null) continue
    if (depth > max) max = depth
    if (depth > QUERY_BOUNDS.maxDepth) return depth
    for (const child of Object.values(item)) stack.push([child, depth + 1])
  }
  return max
}

/** Checks a regular expression the way the evaluator will compile it (a leading `(?i)` means case-insensitive). */
export function regexProblem(pattern: string): string | undefined {
  if (pattern.length > QUERY_BOUNDS.maxPatternLength) return `regular expression is longer than ${QUERY_BOUNDS.maxPatternLength} characters`
  if (RISKY_PATTERN.test(pattern)) {
    return 'regular expression has a nested quantifier or back-reference, which can take exponential time; simplify it'
  }
  try {
    compileRegex(pattern)
    return undefined
  } catch (error) {
    return `invalid regular expression: ${error instanceof Error ? error.message : String(error)}`
  }
}

export function compileRegex(pattern: string): RegExp {
  return pattern.startsWith('(?i)') ? new RegExp(pattern.slice(4), 'iu') : new RegExp(pattern, 'u')
}

/** Value rules per operator; `undefined` when the value fits. */
export function valueProblem(operator: PropertyOperator, value: PropertyValue | undefined): string | undefined {
  switch (operator) {
    case 'exists':
      return value === undefined ? undefined : "'exists' takes no value"
    case 'in':
      return Array.isArray(value) && value.length > 0 && value.every(isScalar) ? undefined : "'in' needs a non-empty list of values"
    case 'regex':
      return typeof value === 'string' ? regexProblem(value) : "'regex' needs a pattern string"
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
      return typeof value === 'number' || typeof value === 'string' ? undefined : `'${operator}' needs a number or a string`
    case 'startswith':
    case 'endswith':
      return typeof value === 'string' ? undefined : `'${operator}' needs a string`
    case 'contains':
    case 'eq':
    case 'ne':
      return value !== undefined && !Array.isArray(value) && isScalar(value) ? undefined : `'${operator}' needs one value (not a list)`
  }
}

/** Problems of a property path; `edge` paths read an edge's kind and props. */
export function pathProblem(path: readonly string[], edge: boolean): string | undefined {
  const roots: readonly string[] = edge ? EDGE_PATH_ROOTS : PATH_ROOTS
  const root = path[0]
  if (root === undefined) return 'property path is empty'
  if (!roots.includes(root)) return `property path must start with ${roots.map((r) => `'${r}'`).join(', ')}, not '${root}'`
  if ((NODE_FIELDS as readonly string[]).includes(root) && path.length > 1) return `'${root}' is a text field and has no sub-fields`
  if (root === 'tags' && path.length > 2) return "tags are a flat map: use ['tags', '<key>']"
  return undefined
}

function portProblem(value: PropertyValue): string | undefined {
  const ports = Array.isArray(value) ? value : [value]
  const valid = ports.length > 0 && ports.every((p) => typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 65535)
  return valid ? undefined : "insight param 'port' must be a port number 0–65535 (or a list of them)"
}

/** Known parameter rules; other params are compared with the insight's own params as given. */
export function insightParamProblem(key: string, value: PropertyValue): string | undefined {
  if (key === 'port') return portProblem(value)
  if (key === 'width') {
    const widths = Array.isArray(value) ? value : [value]
    return widths.length > 0 && widths.every((w) => w === 'wide' || w === 'narrow') ? undefined : "insight param 'width' is 'wide' or 'narrow'"
  }
  return Array.isArray(value) && value.length === 0 ? `insight param '${key}' is an empty list` : undefined
}

class Checker {
  readonly issues: QueryIssue[] = []
  private count = 0

  problem(path: readonly (string | number)[], message: string): void {
    this.issues.push({ path: pathText(path), message })
  }

  private counted(path: readonly (string | number)[]): void {
    if (++this.count === QUERY_BOUNDS.maxNodes + 1) this.problem(path, `the query has more than ${QUERY_BOUNDS.maxNodes} conditions and sources`)
  }

  source(input: SourceInput, path: (string | number)[]): SourceNode {
    this.counted(path)
    const name = input.properties.source
    if (input.type === 'family') {
      if (!isFamily(name)) {
        this.problem([...path, 'properties', 'source'], `unknown family '${name}'${didYouMean(name, FAMILY_IDS)}`)
        return FamilySourceNode.create('other')
      }
      return FamilySourceNode.create(name)
    }
    if (!isKnownKind(name)) {
      const hint = isFamily(name) ? ` ('${name}' is a family: use a family source)` : didYouMean(name, KNOWN_KINDS)
      this.problem([...path, 'properties', 'source'], `unknown node kind '${name}'${hint}`)
    }
    return EntitySourceNode.create(name)
  }

  datasource(input: DatasourceInput, path: (string | number)[]): DatasourceNode {
    const sources = input.properties.sources.map((s, i) => this.source(s, [...path, 'properties', 'sources', i]))
    const conditions =
      input.properties.conditions === undefined ? undefined : this.condition(input.properties.conditions, [...path, 'properties', 'conditions'], false)
    return DatasourceNode.create(sources, conditions)
  }

  private property(input: PropertyConditionInput, path: (string | number)[], edge: boolean): ConditionNode {
    const { path: propertyPath, operator, value } = input.properties
    const pathIssue = pathProblem(propertyPath, edge)
    if (pathIssue !== undefined) this.problem([...path, 'properties', 'path'], pathIssue)
    const valueIssue = valueProblem(operator, value)
    if (valueIssue !== undefined) this.problem([...path, 'properties', 'value'], valueIssue)
    return PropertyConditionNode.create(propertyPath, operator, value)
  }

  private severities(values: readonly string[] | undefined, path: (string | number)[]): Severity[] | undefined {
    if (values === undefined) return undefined
    values.forEach((value, i) => {
      if (!isSeverity(value)) this.problem([...path, i], `unknown severity '${value}' (one of ${SEVERITIES.join(', ')})`)
    })
    return values.filter(isSeverity)
  }

  condition(input: ConditionInput, path: (string | number)[], edge: boolean): ConditionNode {
    this.counted(path)
    const props = [...path, 'properties']
    if (edge && input.type !== 'conditiongroup' && input.type !== 'property') {
      this.problem(path, `an edge filter may only test edge properties, not '${input.type}'`)
    }
    switch (input.type) {
      case 'conditiongroup': {
        const { operator, conditions } = input.properties
        if (conditions.length === 0) this.problem([...props, 'conditions'], `'${operator}' group has no conditions`)
        if (operator === 'not' && conditions.length > 1) {
          this.problem([...props, 'conditions'], `'not' takes exactly one condition (wrap several in an 'and' or 'or' group)`)
        }
        const members = conditions.map((c, i) => this.condition(c, [...props, 'conditions', i], edge))
        return ConditionGroupNode.create(operator, operator === 'not' ? members.slice(0, 1) : members)
      }
      case 'property':
        return this.property(input, path, edge)
      case 'insight': {
        const { id, params } = input.properties
        if (!isInsightId(id)) this.problem([...props, 'id'], `unknown insight '${id}'${didYouMean(id, INSIGHT_ID_LIST)}`)
        for (const [key, value] of Object.entries(params ?? {})) {
          const issue = insightParamProblem(key, value)
          if (issue !== undefined) this.problem([...props, 'params', key], issue)
        }
        return InsightConditionNode.create(isInsightId(id) ? id : 'exposed-to-internet', params)
      }
      case 'recommendation': {
        const { ruleIds, status } = input.properties
        const severities = this.severities(input.properties.severities, [...props, 'severities'])
        const statusOk = status === undefined || (FINDING_STATUSES as readonly string[]).includes(status)
        if (!statusOk) this.problem([...props, 'status'], `unknown finding status '${status}' (one of ${FINDING_STATUSES.join(', ')})`)
        return RecommendationConditionNode.create({
          ruleIds,
          severities,
          ...(status !== undefined && statusOk ? { status: status as FindingStatus } : {}),
        })
      }
      case 'vulnerability': {
        const { cves, rce, fixable } = input.properties
        const severities = this.severities(input.properties.severities, [...props, 'severities'])
        return VulnerabilityConditionNode.create({ cves, severities, rce, fixable })
      }
      case 'connection': {
        const { name, direction, minHops, maxHops, edge: edgeFilter, target } = input.properties
        const names = typeof name === 'string' ? [name] : name
        names.forEach((kind, i) => {
          if (!isEdgeKind(kind)) {
            this.problem(typeof name === 'string' ? [...props, 'name'] : [...props, 'name', i], `unknown edge kind '${kind}'${didYouMean(kind, EDGE_KIND_IDS)}`)
          }
        })
        const min = minHops ?? 1
        const max = maxHops ?? Math.max(min, 1)
        if (min > max) this.problem([...props, 'minHops'], `minHops ${min} is greater than maxHops ${max}`)
        if (max < 1) this.problem([...props, 'maxHops'], 'maxHops must be at least 1')
        if (max > QUERY_BOUNDS.maxHops) this.problem([...props, 'maxHops'], `maxHops ${max} is above the bound of ${QUERY_BOUNDS.maxHops}`)
        const edgeNode = edgeFilter === undefined ? undefined : this.condition(edgeFilter, [...props, 'edge'], true)
        const kinds = names.filter(isEdgeKind)
        return ConnectionConditionNode.create({
          name: kinds.length === 0 ? 'contains' : (kinds),
          direction,
          minHops: min,
          maxHops: Math.max(min, max),
          edge: edgeNode,
          target: this.datasource(target, [...props, 'target']),
        })
      }
    }
  }
}

export type QueryCheck = { readonly ok: true; readonly query: QueryNode } | { readonly ok: false; readonly issues: readonly QueryIssue[] }

/** Validates a query JSON value; never throws. */
export function checkQuery(input: unknown): QueryCheck {
  if (jsonDepth(input) > QUERY_BOUNDS.maxDepth) {
    return { ok: false, issues: [{ path: '$', message: `the query nests deeper than ${QUERY_BOUNDS.maxDepth} levels` }] }
  }
  const parsed = queryJsonSchema.safeParse(input)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: pathText(issue.path.filter((p) => typeof p !== 'symbol')), message: issue.message })),
    }
  }
  const checker = new Checker()
  const query: QueryInput = parsed.data
  const source = checker.datasource(query.properties.source, ['properties', 'source'])
  return checker.issues.length > 0 ? { ok: false, issues: checker.issues } : { ok: true, query: QueryNode.create(source) }
}

/** Validates a query JSON value and returns its canonical AST; throws a QueryError listing every problem. */
export function validateQuery(input: unknown): QueryNode {
  const result = checkQuery(input)
  if (result.ok) return result.query
  const first = result.issues[0]!
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : ''
  throw new QueryError('SKY_QUERY_INVALID', `invalid query at ${first.path}: ${first.message}${more}`, {
    issues: result.issues,
    hint: 'see docs/explorer.md for the query JSON format',
  })
}
