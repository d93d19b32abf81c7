/**
 * @module Canonical text of a query AST: `MATCH (n:labels) WHERE … RETURN n`, every connection as an
 * `EXISTS { (n)-[:kind]->(m1:labels) WHERE … }` block. Parsing the printed text gives the same AST back
 * (a property test checks it), so any query — from JSON, a link or the builder — can be shown as text.
 */
import type { ConditionNode, SourceNode } from '../ast/ast-node.js'
import { visitCondition } from '../ast/ast-node.js'
import type { ConditionGroupNode } from '../ast/condition-group-node.js'
import { connectionKinds, hopRange } from '../ast/connection-condition-node.js'
import type { DatasourceNode } from '../ast/datasource-node.js'
import type { QueryNode } from '../ast/query-node.js'
import { PATH_ROOTS } from '../ast/values.js'
import type { PropertyValue, Scalar } from '../ast/values.js'

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/

function quoteName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``
}

function segment(name: string): string {
  return IDENT.test(name) ? name : quoteName(name)
}

function label(name: string): string {
  return name.split('.').every((part) => IDENT.test(part)) ? name : quoteName(name)
}

export function printString(value: string): string {
  let out = "'"
  for (const c of value) {
    if (c === "'") out += "\\'"
    else if (c === '\\') out += '\\\\'
    else if (c === '\n') out += '\\n'
    else if (c === '\t') out += '\\t'
    else if (c === '\r') out += '\\r'
    else if (c < ' ' || c === '\u007f' || c === '\u2028' || c === '\u2029') out += `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    else out += c
  }
  return `${out}'`
}

function scalar(value: Scalar): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return printString(value)
  return typeof value === 'number' ? JSON.stringify(value) : String(value)
}

export function printValue(value: PropertyValue): string {
  return Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value as Scalar)
}

function mapKey(key: string): string {
  return IDENT.test(key) ? key : printString(key)
}

function printMap(entries: readonly (readonly [string, PropertyValue])[]): string {
  return `{${entries.map(([key, value]) => `${mapKey(key)}: ${printValue(value)}`).join(', ')}}`
}

/** One value or a list of one: lists of one print as the value (the parser reads both). */
const oneOrMany = (values: readonly string[]): PropertyValue => (values.length === 1 ? values[0]! : values)

class Printer {
  private nodes = 0
  private relations = 0

  private path(variable: string, path: readonly string[], edge: boolean): string {
    const [root, ...rest] = path
    const roots: readonly string[] = edge ? ['kind', 'props'] : PATH_ROOTS
    if (root !== 'props') return [variable, root!, ...rest].map((s, i) => (i === 0 ? s : segment(s))).join('.')
    if (rest.length === 0) return `${variable}.props`
    const shorthand = !roots.includes(rest[0]!)
    return [variable, ...(shorthand ? [] : ['props']), ...rest.map(segment)].join('.')
  }

  private sources(sources: readonly SourceNode[]): string {
    return sources.length === 0 ? '' : `:${sources.map((s) => label(s.properties.source)).join('|')}`
  }

  /** `group` printed so that parsing it gives the same group; `nested` adds parentheses around OR. */
  private group(group: ConditionGroupNode, variable: string, edge: boolean, nested: boolean): string {
    const { operator, conditions } = group.properties
    if (operator === 'not') {
      const inner = conditions[0]!
      const needsParens = inner.type === 'conditiongroup' && inner.properties.operator !== 'not'
      const text = this.condition(inner, variable, edge, false)
      return `NOT ${needsParens ? `(${text})` : text}`
    }
    const text = conditions.map((c) => this.condition(c, variable, edge, operator === 'and')).join(operator === 'and' ? ' AND ' : ' OR ')
    return nested && operator === 'or' ? `(${text})` : text
  }

  condition(condition: ConditionNode, variable: string, edge: boolean, insideAnd: boolean): string {
    return visitCondition<string>(condition, {
      conditiongroup: (group) => this.group(group, variable, edge, insideAnd),
      property: ({ properties: { path, operator, value } }) => {
        const ref = this.path(variable, path, edge)
        const v = value === undefined ? '' : printValue(value)
        switch (operator) {
          case 'exists':
            return `EXISTS(${ref})`
          case 'eq':
            return `${ref} = ${v}`
          case 'ne':
            return `${ref} <> ${v}`
          case 'lt':
            return `${ref} < ${v}`
          case 'lte':
            return `${ref} <= ${v}`
          case 'gt':
            return `${ref} > ${v}`
          case 'gte':
            return `${ref} >= ${v}`
          case 'in':
            return `${ref} IN ${v}`
          case 'contains':
            return `${ref} CONTAINS ${v}`
          case 'startswith':
            return `${ref} STARTS WITH ${v}`
          case 'endswith':
            return `${ref} ENDS WITH ${v}`
          case 'regex':
            return `${ref} =~ ${v}`
        }
      },
      insight: ({ properties: { id, params } }) => {
        const entries = Object.entries(params ?? {})
        return `HAS_INSIGHT(${variable}, ${printString(id)}${entries.length === 0 ? '' : `, ${printMap(entries)}`})`
      },
      recommendation: ({ properties: { ruleIds, severities, status } }) => {
        const entries: [string, PropertyValue][] = []
        if (ruleIds !== undefined) entries.push(['rule', oneOrMany(ruleIds)])
        if (severities !== undefined) entries.push(['severity', oneOrMany(severities)])
        if (status !== 'unhealthy') entries.push(['status', status])
        return `HAS_RECOMMENDATION(${variable}${entries.length === 0 ? '' : `, ${printMap(entries)}`})`
      },
      vulnerability: ({ properties: { cves, severities, rce, fixable } }) => {
        const entries: [string, PropertyValue][] = []
        if (cves !== undefined) entries.push(['cve', oneOrMany(cves)])
        if (severities !== undefined) entries.push(['severity', oneOrMany(severities)])
        if (rce !== undefined) entries.push(['rce', rce])
        if (fixable !== undefined) entries.push(['fixable', fixable])
        return `HAS_VULNERABILITY(${variable}${entries.length === 0 ? '' : `, ${printMap(entries)}`})`
      },
      connection: (connection) => {
        const { direction, edge: edgeFilter, target } = connection.properties
        const { min, max } = hopRange(connection)
        const child = `m${++this.nodes}`
        const relation = edgeFilter === undefined ? '' : `r${++this.relations}`
        const range = min === 1 && max === 1 ? '' : min === max ? `*${min}` : `*${min}..${max}`
        const body = `[${relation}:${connectionKinds(connection).join('|')}${range}]`
        const arrow = direction === 'outgoing' ? `-${body}->` : direction === 'incoming' ? `<-${body}-` : `-${body}-`
        const where = [
          ...(edgeFilter === undefined ? [] : [this.group(edgeFilter, relation, true, true)]),
          ...(target.properties.conditions === undefined ? [] : [this.group(target.properties.conditions, child, false, true)]),
        ]
        return `EXISTS { (${variable})${arrow}(${child}${this.sources(target.properties.sources)})${where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`} }`
      },
    })
  }

  query(query: QueryNode): string {
    const source: DatasourceNode = query.properties.source
    const conditions = source.properties.conditions
    const where = conditions === undefined ? '' : ` WHERE ${this.group(conditions, 'n', false, false)}`
    return `MATCH (n${this.sources(source.properties.sources)})${where} RETURN n`
  }
}

/** The canonical one-line text of a query. */
export function printQuery(query: QueryNode): string {
  return new Printer().query(query)
}
