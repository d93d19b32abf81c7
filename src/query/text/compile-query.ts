/**
 * @module Parse tree → canonical query AST. The MATCH patterns must form a tree; it is rooted at the
 * RETURN variable, so every other pattern node becomes a connection condition (recursively) and each
 * WHERE conjunct lands on the one variable it mentions. Names are resolved against the vocabulary here,
 * so unknown families, kinds, edge kinds and insights are reported at their place in the text.
 */
import { FINDING_STATUSES } from '../../model/finding.js'
import type { FindingStatus } from '../../model/finding.js'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST, SEVERITIES, isEdgeKind, isFamily, isInsightId, isSeverity } from '../../model/vocabulary.js'
import type { EdgeKind, Severity } from '../../model/vocabulary.js'
import type { ConditionNode, SourceNode } from '../ast/ast-node.js'
import { ConditionGroupNode } from '../ast/condition-group-node.js'
import { ConnectionConditionNode } from '../ast/connection-condition-node.js'
import type { ConnectionDirection } from '../ast/connection-condition-node.js'
import { DatasourceNode } from '../ast/datasource-node.js'
import { EntitySourceNode } from '../ast/entity-source-node.js'
import { FamilySourceNode } from '../ast/family-source-node.js'
import { InsightConditionNode } from '../ast/insight-condition-node.js'
import { PropertyConditionNode } from '../ast/property-condition-node.js'
import { QueryNode } from '../ast/query-node.js'
import { RecommendationConditionNode } from '../ast/recommendation-condition-node.js'
import { NODE_FIELDS } from '../ast/values.js'
import type { PropertyValue } from '../ast/values.js'
import { VulnerabilityConditionNode } from '../ast/vulnerability-condition-node.js'
import { closestName, isKnownKind, KNOWN_KINDS } from '../known-kinds.js'
import { QueryError, positionAt } from '../query-error.js'
import { DEFAULT_STAR_MAX_HOPS } from '../query-limits.js'
import { QUERY_BOUNDS, insightParamProblem, valueProblem } from '../validate-query.js'
import type {
  ExprCst,
  LiteralCst,
  MapEntryCst,
  NameCst,
  NodePatternCst,
  PathPatternCst,
  QueryCst,
  RelPatternCst,
  Span,
} from './syntax-tree.js'

export interface CompiledQuery {
  readonly query: QueryNode
  /** `LIMIT n` when written: a row limit the caller may apply. */
  readonly limit?: number
}

interface Variable {
  readonly name: string
  readonly anonymous: boolean
  readonly span: Span
  labels: readonly NameCst[]
  properties: readonly MapEntryCst[]
  readonly conditions: ConditionNode[]
  readonly links: Link[]
  /** Defined in an enclosing scope (the anchor of an EXISTS block). */
  readonly outer: boolean
}

interface Link {
  readonly rel: RelPatternCst
  readonly from: Variable
  readonly to: Variable
  readonly edgeConditions: ConditionNode[]
}

interface Scope {
  readonly variables: Map<string, Variable>
  readonly relations: Map<string, Link>
  readonly parent: Scope | undefined
}

const REVERSE: Readonly<Record<ConnectionDirection, ConnectionDirection>> = { outgoing: 'incoming', incoming: 'outgoing', any: 'any' }

function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestName(name, candidates)
  return close === undefined ? '' : ` (did you mean '${close}'?)`
}

class Compiler {
  private anonymous = 0

  constructor(private readonly source: string) {}

  private fail(span: Span, message: string, hint?: string): QueryError {
    return new QueryError('SKY_QUERY_INVALID', message, {
      position: positionAt(this.source, span.offset, span.end - span.offset),
      source: this.source,
      ...(hint === undefined ? {} : { hint }),
    })
  }

  private lookup(scope: Scope | undefined, name: string): Variable | undefined {
    for (let s = scope; s !== undefined; s = s.parent) {
      const found = s.variables.get(name)
      if (found !== undefined) return found
    }
    return undefined
  }

  private lookupRelation(scope: Scope | undefined, name: string): Link | undefined {
    for (let s = scope; s !== undefined; s = s.parent) {
      const found = s.relations.get(name)
      if (found !== undefined) return found
    }
    return undefined
  }

  /** Declares the nodes and relationships of `patterns` in `scope`; outer variables may be reused (anchors). */
  private declare(scope: Scope, patterns: readonly PathPatternCst[]): Link[] {
    const links: Link[] = []
    const variableOf = (node: NodePatternCst): Variable => {
      const name = node.variable?.name ?? `\u0000anon${this.anonymous++}`
      const outer = scope.parent === undefined ? undefined : this.lookup(scope.parent, name)
      if (outer !== undefined) {
        if (node.labels.length > 0 || node.properties.length > 0) {
          throw this.fail(node.span, `'${name}' is already defined outside this EXISTS block; do not repeat its labels or properties here`)
        }
        let anchor = scope.variables.get(name)
        if (anchor === undefined) {
          anchor = { ...outer, outer: true, conditions: [], links: [], labels: [], properties: [] }
          scope.variables.set(name, anchor)
        }
        return anchor
      }
      if (this.lookupRelation(scope, name) !== undefined) throw this.fail(node.span, `'${name}' already names a relationship`)
      const existing = scope.variables.get(name)
      if (existing !== undefined) {
        if (node.labels.length > 0) {
          if (existing.labels.length > 0) {
            throw this.fail(node.span, `'${name}' has labels in two places; give them once`, `write (${name}:…) the first time and (${name}) after`)
          }
          existing.labels = node.labels
        }
        if (node.properties.length > 0) {
          if (existing.properties.length > 0) throw this.fail(node.span, `'${name}' has a property map in two places; give it once`)
          existing.properties = node.properties
        }
        return existing
      }
      const created: Variable = {
        name,
        anonymous: node.variable === undefined,
        span: node.span,
        labels: node.labels,
        properties: node.properties,
        conditions: [],
        links: [],
        outer: false,
      }
      scope.variables.set(name, created)
      return created
    }
    for (const pattern of patterns) {
      let previous = variableOf(pattern.nodes[0]!)
      pattern.rels.forEach((rel, i) => {
        const next = variableOf(pattern.nodes[i + 1]!)
        const link: Link = { rel, from: previous, to: next, edgeConditions: [] }
        if (rel.variable !== undefined) {
          const name = rel.variable.name
          if (this.lookup(scope, name) !== undefined || this.lookupRelation(scope, name) !== undefined) {
            throw this.fail(rel.variable.span, `'${name}' is already defined`)
          }
          scope.relations.set(name, link)
        }
        previous.links.push(link)
        next.links.push(link)
        links.push(link)
        previous = next
      })
    }
    return links
  }

  /** Checks that the pattern graph is one tree containing `root`, and orders children from the root. */
  private tree(scope: Scope, root: Variable, links: readonly Link[]): Map<Variable, Link[]> {
    const children = new Map<Variable, Link[]>()
    const seen = new Set<Variable>([root])
    const used = new Set<Link>()
    const queue = [root]
    while (queue.length > 0) {
      const variable = queue.shift()!
      const own: Link[] = []
      for (const link of variable.links) {
        if (used.has(link)) continue
        used.add(link)
        const other = link.from === variable ? link.to : link.from
        if (other === variable) throw this.fail(link.rel.span, `a relationship from '${variable.name}' to itself is not supported`)
        if (seen.has(other)) {
          throw this.fail(link.rel.span, 'the pattern has a cycle; patterns must form a tree', 'split the cycle: test the second connection in an EXISTS { … } block')
        }
        seen.add(other)
        own.push(link)
        queue.push(other)
      }
      children.set(variable, own)
    }
    for (const variable of scope.variables.values()) {
      if (!seen.has(variable)) {
        const name = variable.anonymous ? 'a node pattern' : `'${variable.name}'`
        throw this.fail(variable.span, `${name} is not connected to '${root.name}'`, 'every pattern must connect to the returned variable')
      }
    }
    for (const link of links) if (!used.has(link)) throw this.fail(link.rel.span, 'this relationship is not connected to the returned variable')
    return children
  }

  private sourceOf(label: NameCst): SourceNode {
    const name = label.name
    if (isFamily(name)) return FamilySourceNode.create(name)
    if (!name.includes('.')) throw this.fail(label.span, `unknown family '${name}'${didYouMean(name, FAMILY_IDS)}`, 'families are listed in docs/vocabulary.md')
    if (!isKnownKind(name)) throw this.fail(label.span, `unknown node kind '${name}'${didYouMean(name, KNOWN_KINDS)}`)
    return EntitySourceNode.create(name)
  }

  private edgeKind(label: NameCst): EdgeKind {
    if (!isEdgeKind(label.name)) throw this.fail(label.span, `unknown edge kind '${label.name}'${didYouMean(label.name, EDGE_KIND_IDS)}`)
    return label.name
  }

  private propertyPath(ref: { readonly segments: readonly NameCst[]; readonly span: Span }, edge: boolean): string[] {
    const names = ref.segments.map((s) => s.name)
    const first = names[0]!
    if (edge) {
      if (first === 'kind') {
        if (names.length > 1) throw this.fail(ref.segments[1]!.span, "an edge's kind has no sub-fields")
        return ['kind']
      }
      return first === 'props' ? names : ['props', ...names]
    }
    if ((NODE_FIELDS as readonly string[]).includes(first)) {
      if (names.length > 1) throw this.fail(ref.segments[1]!.span, `'${first}' is a text field and has no sub-fields`, `a property named ${first} is written n.props.${first}`)
      return [first]
    }
    if (first === 'tags') {
      if (names.length > 2) throw this.fail(ref.segments[2]!.span, 'tag keys are flat: quote keys with dots', 'n.tags.`app.kubernetes.io/name`')
      return names
    }
    return first === 'props' ? names : ['props', ...names]
  }

  private value(literal: LiteralCst): PropertyValue {
    if (literal.kind === 'scalar') return literal.value
    if (literal.kind === 'map') throw this.fail(literal.span, 'a map is not a value here')
    return literal.items.map((item) => {
      if (item.kind !== 'scalar') throw this.fail(item.span, 'lists hold strings, numbers, booleans or null')
      return item.value
    })
  }

  private compare(expr: Extract<ExprCst, { kind: 'compare' }>, edge: boolean): ConditionNode {
    const path = this.propertyPath(expr.ref, edge)
    if (expr.operator === 'missing') return ConditionGroupNode.not(PropertyConditionNode.create(path, 'exists'))
    const value = expr.value === undefined ? undefined : this.value(expr.value)
    const problem = valueProblem(expr.operator, value)
    if (problem !== undefined) throw this.fail(expr.value?.span ?? expr.span, problem)
    return PropertyConditionNode.create(path, expr.operator, value)
  }

  private mapOf(args: readonly LiteralCst[], at: number, fn: string): readonly MapEntryCst[] {
    const arg = args[at]
    if (arg === undefined) return []
    if (arg.kind !== 'map') throw this.fail(arg.span, `${fn} takes a map of filters here: {key: value}`)
    if (args.length > at + 1) throw this.fail(args[at + 1]!.span, `${fn} takes no more arguments`)
    return arg.entries
  }

  private strings(entry: MapEntryCst): string[] {
    const value = this.value(entry.value)
    const list = Array.isArray(value) ? value : [value]
    if (list.length === 0 || !list.every((v): v is string => typeof v === 'string' && v.length > 0)) {
      throw this.fail(entry.value.span, `'${entry.key.name}' takes a string or a list of strings`)
    }
    return list
  }

  private severities(entry: MapEntryCst): Severity[] {
    const values = this.strings(entry)
    for (const value of values) {
      if (!isSeverity(value)) throw this.fail(entry.value.span, `unknown severity '${value}' (one of ${SEVERITIES.join(', ')})`)
    }
    return values as Severity[]
  }

  private boolean(entry: MapEntryCst): boolean {
    const value = this.value(entry.value)
    if (typeof value !== 'boolean') throw this.fail(entry.value.span, `'${entry.key.name}' takes true or false`)
    return value
  }

  private call(expr: Extract<ExprCst, { kind: 'call' }>): ConditionNode {
    const fn = expr.name.toUpperCase()
    if (expr.name === 'has_insight') {
      const idArg = expr.args[0]
      if (idArg === undefined || idArg.kind !== 'scalar' || typeof idArg.value !== 'string') {
        throw this.fail(idArg?.span ?? expr.span, `${fn} needs the insight id as a string: ${fn}(${expr.variable.name}, 'exposed-to-internet')`)
      }
      const id = idArg.value
      if (!isInsightId(id)) throw this.fail(idArg.span, `unknown insight '${id}'${didYouMean(id, INSIGHT_ID_LIST)}`)
      const params: Record<string, PropertyValue> = {}
      for (const entry of this.mapOf(expr.args, 1, fn)) {
        const value = this.value(entry.value)
        const problem = insightParamProblem(entry.key.name, value)
        if (problem !== undefined) throw this.fail(entry.value.span, problem)
        params[entry.key.name] = value
      }
      return InsightConditionNode.create(id, params)
    }
    const entries = this.mapOf(expr.args, 0, fn)
    if (expr.name === 'has_recommendation') {
      let ruleIds: string[] | undefined
      let severities: Severity[] | undefined
      let status: FindingStatus | undefined
      for (const entry of entries) {
        const key = entry.key.name.toLowerCase()
        if (key === 'rule' || key === 'rules' || key === 'ruleid' || key === 'ruleids') ruleIds = this.strings(entry)
        else if (key === 'severity' || key === 'severities') severities = this.severities(entry)
        else if (key === 'status') {
          const [value] = this.strings(entry)
          if (!(FINDING_STATUSES as readonly string[]).includes(value!)) {
            throw this.fail(entry.value.span, `unknown finding status '${value}' (one of ${FINDING_STATUSES.join(', ')})`)
          }
          status = value as FindingStatus
        } else throw this.fail(entry.key.span, `${fn} filters are rule, severity and status, not '${entry.key.name}'`)
      }
      return RecommendationConditionNode.create({ ruleIds, severities, status })
    }
    let cves: string[] | undefined
    let severities: Severity[] | undefined
    let rce: boolean | undefined
    let fixable: boolean | undefined
    for (const entry of entries) {
      const key = entry.key.name.toLowerCase()
      if (key === 'cve' || key === 'cves') cves = this.strings(entry)
      else if (key === 'severity' || key === 'severities') severities = this.severities(entry)
      else if (key === 'rce') rce = this.boolean(entry)
      else if (key === 'fixable') fixable = this.boolean(entry)
      else throw this.fail(entry.key.span, `${fn} filters are cve, severity, rce and fixable, not '${entry.key.name}'`)
    }
    return VulnerabilityConditionNode.create({ cves, severities, rce, fixable })
  }

  /** The variables (node or relationship names) an expression mentions; EXISTS blocks mention their anchor. */
  private mentions(expr: ExprCst, scope: Scope, out: Map<string, Span>): void {
    switch (expr.kind) {
      case 'and':
      case 'or':
        for (const item of expr.items) this.mentions(item, scope, out)
        return
      case 'not':
        this.mentions(expr.item, scope, out)
        return
      case 'compare':
        out.set(expr.ref.variable.name, expr.ref.variable.span)
        return
      case 'call':
        out.set(expr.variable.name, expr.variable.span)
        return
      case 'exists-pattern': {
        const anchors = new Map<string, Span>()
        for (const pattern of expr.patterns) {
          for (const node of pattern.nodes) {
            if (node.variable !== undefined && this.lookup(scope, node.variable.name) !== undefined) anchors.set(node.variable.name, node.variable.span)
          }
        }
        if (anchors.size === 0) {
          throw this.fail(expr.span, 'an EXISTS { … } block must start from a variable defined outside it', 'EXISTS { (c)-[:contains]->(:pod) }')
        }
        for (const [name, span] of anchors) out.set(name, span)
        return
      }
    }
  }

  /** Compiles an expression that mentions only `variable` (a node) or only a relationship (`edge`). */
  private expression(expr: ExprCst, scope: Scope, edge: boolean): ConditionNode {
    switch (expr.kind) {
      case 'and':
      case 'or':
        return ConditionGroupNode.create(expr.kind, expr.items.map((item) => this.expression(item, scope, edge)))
      case 'not':
        return ConditionGroupNode.not(this.expression(expr.item, scope, edge))
      case 'compare':
        return this.compare(expr, edge)
      case 'call':
        if (edge) throw this.fail(expr.span, `${expr.name.toUpperCase()} tests a node, not a relationship`)
        return this.call(expr)
      case 'exists-pattern':
        if (edge) throw this.fail(expr.span, 'EXISTS { … } starts from a node, not a relationship')
        return this.existsBlock(expr, scope)
    }
  }

  private existsBlock(expr: Extract<ExprCst, { kind: 'exists-pattern' }>, outer: Scope): ConditionNode {
    const scope: Scope = { variables: new Map(), relations: new Map(), parent: outer }
    const links = this.declare(scope, expr.patterns)
    const anchors = [...scope.variables.values()].filter((v) => v.outer)
    if (anchors.length !== 1) {
      throw this.fail(expr.span, `an EXISTS { … } block must start from exactly one outer variable, found ${anchors.length}`)
    }
    const anchor = anchors[0]!
    const children = this.tree(scope, anchor, links)
    if (expr.where !== undefined) this.assign(expr.where, scope, (name) => name !== anchor.name)
    const connections = (children.get(anchor) ?? []).map((link) => this.connection(link, anchor, children))
    if (connections.length === 0) throw this.fail(expr.span, 'the EXISTS { … } block has no relationship to test')
    return connections.length === 1 ? connections[0]! : ConditionGroupNode.and(...connections)
  }

  /** Splits WHERE into conjuncts and files each under the one variable it mentions. */
  private assign(where: ExprCst, scope: Scope, allowed: (name: string) => boolean): void {
    const conjuncts = where.kind === 'and' ? where.items : [where]
    for (const conjunct of conjuncts) {
      const mentioned = new Map<string, Span>()
      this.mentions(conjunct, scope, mentioned)
      const names = [...mentioned.keys()]
      if (names.length > 1) {
        throw this.fail(conjunct.span, `this condition mentions ${names.map((n) => `'${n}'`).join(' and ')}; a condition may mention one variable`, 'split it with AND, or test the other node inside EXISTS { … }')
      }
      const name = names[0]!
      const span = mentioned.get(name)!
      const variable = scope.variables.get(name)
      const relation = scope.relations.get(name)
      if (!allowed(name) || (variable === undefined && relation === undefined)) {
        const known = this.lookup(scope, name) !== undefined || this.lookupRelation(scope, name) !== undefined
        throw this.fail(
          span,
          known ? `'${name}' is defined outside this EXISTS block; test it outside` : `'${name}' is not defined`,
          known ? undefined : 'variables come from the MATCH pattern',
        )
      }
      if (variable !== undefined) variable.conditions.push(this.expression(conjunct, scope, false))
      else relation!.edgeConditions.push(this.expression(conjunct, scope, true))
    }
  }

  private hops(rel: RelPatternCst): { min: number; max: number } {
    if (rel.range === undefined) return { min: 1, max: 1 }
    const min = rel.range.min ?? 1
    const max = rel.range.max ?? Math.max(min, DEFAULT_STAR_MAX_HOPS)
    if (min > max) throw this.fail(rel.range.span, `hop range *${min}..${max} is empty`)
    if (max < 1) throw this.fail(rel.range.span, 'a relationship needs at least one hop')
    if (max > QUERY_BOUNDS.maxHops) throw this.fail(rel.range.span, `at most ${QUERY_BOUNDS.maxHops} hops`)
    return { min, max }
  }

  private propertyConditions(entries: readonly MapEntryCst[], edge: boolean): ConditionNode[] {
    return entries.map((entry) => {
      const value = this.value(entry.value)
      const problem = valueProblem('eq', value)
      if (problem !== undefined) throw this.fail(entry.value.span, problem)
      return PropertyConditionNode.create(this.propertyPath({ segments: [entry.key], span: entry.key.span }, edge), 'eq', value)
    })
  }

  private connection(link: Link, parent: Variable, children: Map<Variable, Link[]>): ConditionNode {
    const child = link.from === parent ? link.to : link.from
    if (link.rel.kinds.length === 0) {
      throw this.fail(link.rel.span, 'a relationship needs an edge kind', `write -[:contains]-> (kinds: ${EDGE_KIND_IDS.slice(0, 4).join(', ')}, …)`)
    }
    const { min, max } = this.hops(link.rel)
    const edge = [...this.propertyConditions(link.rel.properties, true), ...link.edgeConditions]
    return ConnectionConditionNode.create({
      name: link.rel.kinds.map((k) => this.edgeKind(k)),
      direction: link.from === parent ? link.rel.direction : REVERSE[link.rel.direction],
      minHops: min,
      maxHops: max,
      edge: edge.length === 0 ? undefined : ConditionGroupNode.and(...edge),
      target: this.datasource(child, children),
    })
  }

  private datasource(variable: Variable, children: Map<Variable, Link[]>): DatasourceNode {
    const conditions = [
      ...this.propertyConditions(variable.properties, false),
      ...variable.conditions,
      ...(children.get(variable) ?? []).map((link) => this.connection(link, variable, children)),
    ]
    return DatasourceNode.create(
      variable.labels.map((label) => this.sourceOf(label)),
      conditions.length === 0 ? undefined : ConditionGroupNode.and(...conditions),
    )
  }

  query(cst: QueryCst): CompiledQuery {
    const scope: Scope = { variables: new Map(), relations: new Map(), parent: undefined }
    const links = this.declare(scope, cst.patterns)
    const root = scope.variables.get(cst.returns.name)
    if (root === undefined) {
      const isRelation = scope.relations.has(cst.returns.name)
      throw this.fail(cst.returns.span, isRelation ? `RETURN needs a node variable; '${cst.returns.name}' is a relationship` : `'${cst.returns.name}' is not defined in MATCH`)
    }
    const children = this.tree(scope, root, links)
    if (cst.where !== undefined) this.assign(cst.where, scope, () => true)
    if (cst.limit !== undefined && cst.limit.value < 1) throw this.fail(cst.limit.span, 'LIMIT must be at least 1')
    return {
      query: QueryNode.create(this.datasource(root, children)),
      ...(cst.limit === undefined ? {} : { limit: cst.limit.value }),
    }
  }
}

export function compileQuery(source: string, cst: QueryCst): CompiledQuery {
  return new Compiler(source).query(cst)
}
