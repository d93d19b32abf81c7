/**
 * @module Recursive-descent parser of the text syntax into a parse tree (syntax-tree.ts). Grammar
 * (keywords are case-insensitive; docs/explorer.md has examples):
 *
 *   query    := MATCH pattern (',' pattern)* (MATCH pattern …)* [WHERE expr] RETURN [DISTINCT] var [LIMIT int] [';']
 *   pattern  := node (rel node)*
 *   node     := '(' [var] [':' label ('|' label)*] [map] ')'
 *   rel      := '-[' body ']->' | '<-[' body ']-' | '-[' body ']-'
 *   body     := [var] [':' kind ('|' kind)*] ['*' [int] ['..' [int]]] [map]
 *   expr     := and (OR and)*          and := not (AND not)*          not := NOT not | atom
 *   atom     := '(' expr ')' | EXISTS '(' ref ')' | EXISTS '{' [MATCH] pattern (',' pattern)* [WHERE expr] '}'
 *             | HAS_INSIGHT '(' var ',' string [',' map] ')' | HAS_RECOMMENDATION '(' var [',' map] ')'
 *             | HAS_VULNERABILITY '(' var [',' map] ')'
 *             | ref ('=' | '<>' | '!=' | '<' | '<=' | '>' | '>=') literal | ref IN list | ref '=~' string
 *             | ref (CONTAINS | STARTS WITH | ENDS WITH) literal | ref IS [NOT] NULL
 *   ref      := var '.' segment ('.' segment)*        literal := string | number | TRUE | FALSE | NULL | list
 */
import { QueryError, positionAt } from '../query-error.js'
import type { Scalar } from '../ast/values.js'
import { tokenize } from './lexer.js'
import type { Token } from './lexer.js'
import { FUNCTIONS } from './syntax-tree.js'
import type {
  CompareOperator,
  ExprCst,
  FunctionName,
  LiteralCst,
  MapEntryCst,
  NameCst,
  NodePatternCst,
  PathPatternCst,
  PropertyRefCst,
  QueryCst,
  RelDirection,
  RelPatternCst,
  Span,
} from './syntax-tree.js'

export const KEYWORDS = [
  'match',
  'where',
  'return',
  'distinct',
  'limit',
  'and',
  'or',
  'xor',
  'not',
  'in',
  'exists',
  'is',
  'null',
  'true',
  'false',
  'starts',
  'ends',
  'with',
  'contains',
] as const

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS)
/** Deep nesting of parentheses or EXISTS blocks is refused before it can exhaust the stack. */
const MAX_NESTING = 48

const COMPARE: Readonly<Record<string, CompareOperator>> = {
  '=': 'eq',
  '<>': 'ne',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  '=~': 'regex',
}

function describe(token: Token): string {
  if (token.kind === 'eof') return 'the end of the query'
  if (token.kind === 'string') return `the string ${token.text}`
  return `'${token.text}'`
}

class Parser {
  private readonly tokens: Token[]
  private index = 0
  private depth = 0

  constructor(private readonly source: string) {
    this.tokens = tokenize(source)
  }

  private get token(): Token {
    return this.tokens[this.index]!
  }
  private peek(ahead = 1): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!
  }
  private atEnd(): boolean {
    return this.token.kind === 'eof'
  }
  private advance(): Token {
    const token = this.token
    if (token.kind !== 'eof') this.index++
    return token
  }

  error(token: Token | Span, message: string, hint?: string): QueryError {
    const offset = token.offset
    const length = Math.max(1, token.end - token.offset)
    return new QueryError('SKY_QUERY_SYNTAX', message, {
      position: positionAt(this.source, offset, length),
      source: this.source,
      ...(hint === undefined ? {} : { hint }),
    })
  }

  private isPunct(text: string, token: Token = this.token): boolean {
    return token.kind === 'punct' && token.value === text
  }
  private isKeyword(word: string, token: Token = this.token): boolean {
    return token.kind === 'ident' && typeof token.value === 'string' && token.value.toLowerCase() === word
  }
  private acceptPunct(text: string): Token | undefined {
    return this.isPunct(text) ? this.advance() : undefined
  }
  private acceptKeyword(word: string): Token | undefined {
    return this.isKeyword(word) ? this.advance() : undefined
  }
  private expectPunct(text: string, what?: string): Token {
    if (this.isPunct(text)) return this.advance()
    throw this.error(this.token, `expected '${text}'${what === undefined ? '' : ` ${what}`} but found ${describe(this.token)}`)
  }
  private expectKeyword(word: string, what?: string): Token {
    if (this.isKeyword(word)) return this.advance()
    throw this.error(this.token, `expected ${word.toUpperCase()}${what === undefined ? '' : ` ${what}`} but found ${describe(this.token)}`)
  }

  private nest<T>(at: Token, body: () => T): T {
    if (++this.depth > MAX_NESTING) throw this.error(at, `the query nests deeper than ${MAX_NESTING} levels`)
    try {
      return body()
    } finally {
      this.depth--
    }
  }

  private span(start: Token | Span, end?: Token | Span): Span {
    const last = end ?? this.tokens[Math.max(0, this.index - 1)]!
    return { offset: start.offset, end: Math.max(start.offset, last.end) }
  }

  /** A variable: an identifier that is not a keyword, or a quoted name. */
  private variable(what: string): NameCst {
    const token = this.token
    if (token.kind === 'backtick') {
      this.advance()
      return { name: String(token.value), quoted: true, span: this.span(token, token) }
    }
    if (token.kind === 'ident') {
      const name = String(token.value)
      if (KEYWORD_SET.has(name.toLowerCase())) {
        throw this.error(token, `expected ${what} but found the keyword ${name.toUpperCase()}`, 'quote a name that is a keyword in backticks: `match`')
      }
      if (name.includes('-')) throw this.error(token, `a variable cannot contain '-': '${name}'`, 'use letters, digits and _ (or backticks)')
      this.advance()
      return { name, quoted: false, span: this.span(token, token) }
    }
    throw this.error(token, `expected ${what} but found ${describe(token)}`)
  }

  /** A label or edge kind: `vm`, `k8s-cluster`, `aws.ec2.instance`, or any text in backticks. */
  private label(what: string): NameCst {
    const first = this.token
    if (first.kind === 'backtick') {
      this.advance()
      return { name: String(first.value), quoted: true, span: this.span(first, first) }
    }
    if (first.kind !== 'ident') throw this.error(first, `expected ${what} but found ${describe(first)}`)
    this.advance()
    let name = String(first.value)
    let last = first
    // Dotted kinds are glued from `ident . ident …` written without spaces.
    while (this.isPunct('.') && this.token.offset === last.end && this.peek().kind === 'ident' && this.peek().offset === this.token.end) {
      this.advance()
      last = this.advance()
      name += `.${String(last.value)}`
    }
    return { name, quoted: false, span: this.span(first, last) }
  }

  private literal(): LiteralCst {
    const token = this.token
    if (this.isPunct('[')) {
      this.advance()
      const items: LiteralCst[] = []
      if (!this.isPunct(']')) {
        do items.push(this.nest(token, () => this.literal()))
        while (this.acceptPunct(','))
      }
      this.expectPunct(']', 'to close the list')
      return { kind: 'list', items, span: this.span(token) }
    }
    if (this.isPunct('{')) return { kind: 'map', entries: this.map(), span: this.span(token) }
    const scalar = this.scalar()
    if (scalar === undefined) throw this.error(token, `expected a value (string, number, true, false, null or a list) but found ${describe(token)}`)
    return scalar
  }

  private scalar(): LiteralCst | undefined {
    const token = this.token
    let value: Scalar
    if (token.kind === 'string' || token.kind === 'number') value = token.value
    else if (this.isKeyword('true')) value = true
    else if (this.isKeyword('false')) value = false
    else if (this.isKeyword('null')) value = null
    else if ((this.isPunct('-') || this.isPunct('<-')) && this.peek().kind === 'number' && this.peek().offset === token.end) {
      this.advance()
      const number = this.advance()
      return { kind: 'scalar', value: -Number(number.value), span: this.span(token, number) }
    } else return undefined
    this.advance()
    return { kind: 'scalar', value, span: this.span(token, token) }
  }

  private map(): MapEntryCst[] {
    this.expectPunct('{')
    const entries: MapEntryCst[] = []
    if (!this.isPunct('}')) {
      do {
        const keyToken = this.token
        let key: NameCst
        if (keyToken.kind === 'ident' || keyToken.kind === 'backtick' || keyToken.kind === 'string') {
          this.advance()
          key = { name: String(keyToken.value), quoted: keyToken.kind !== 'ident', span: this.span(keyToken, keyToken) }
        } else {
          throw this.error(keyToken, `expected a key but found ${describe(keyToken)}`)
        }
        if (entries.some((e) => e.key.name === key.name)) throw this.error(keyToken, `key '${key.name}' is given twice`)
        this.expectPunct(':', `after the key '${key.name}'`)
        entries.push({ key, value: this.literal() })
      } while (this.acceptPunct(','))
    }
    this.expectPunct('}', 'to close the map')
    return entries
  }

  private nodePattern(): NodePatternCst {
    const open = this.expectPunct('(', 'to start a node pattern')
    const variable = this.token.kind === 'ident' || this.token.kind === 'backtick' ? this.variable('a variable') : undefined
    const labels: NameCst[] = []
    if (this.acceptPunct(':')) {
      labels.push(this.label('a family or kind'))
      for (;;) {
        if (this.isPunct(':')) {
          throw this.error(this.token, "a node has one label list: write 'a|b' (either), not ':a:b'", 'labels are alternatives: (n:vm|function)')
        }
        if (!this.acceptPunct('|')) break
        this.acceptPunct(':')
        labels.push(this.label('a family or kind'))
      }
    }
    const properties = this.isPunct('{') ? this.map() : []
    this.expectPunct(')', 'to close the node pattern')
    return { ...(variable === undefined ? {} : { variable }), labels, properties, span: this.span(open) }
  }

  private integer(what: string): number {
    const token = this.token
    if (token.kind !== 'number' || !Number.isInteger(token.value)) throw this.error(token, `expected ${what} (a whole number) but found ${describe(token)}`)
    this.advance()
    return Number(token.value)
  }

  private relPattern(): RelPatternCst {
    const start = this.token
    let incoming = false
    if (this.acceptPunct('<-')) incoming = true
    else if (!this.acceptPunct('-')) throw this.error(start, `expected a relationship (-[:kind]->) but found ${describe(start)}`)
    if (!this.isPunct('[')) {
      throw this.error(this.token, `expected '[' with the edge kind but found ${describe(this.token)}`, 'write the edge kind: -[:contains]->')
    }
    this.advance()
    const variable = this.token.kind === 'ident' || this.token.kind === 'backtick' ? this.variable('a variable') : undefined
    const kinds: NameCst[] = []
    if (this.acceptPunct(':')) {
      kinds.push(this.label('an edge kind'))
      while (this.acceptPunct('|')) {
        this.acceptPunct(':')
        kinds.push(this.label('an edge kind'))
      }
    }
    let range: RelPatternCst['range']
    const star = this.acceptPunct('*')
    if (star !== undefined) {
      let min: number | undefined
      let max: number | undefined
      if (this.token.kind === 'number') min = this.integer('the minimum hop count')
      if (this.acceptPunct('..')) {
        if (this.token.kind === 'number') max = this.integer('the maximum hop count')
      } else if (min !== undefined) {
        max = min
      }
      range = { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), span: this.span(star) }
    }
    const properties = this.isPunct('{') ? this.map() : []
    this.expectPunct(']', 'to close the relationship')
    let direction: RelDirection
    if (incoming) {
      if (this.isPunct('->')) throw this.error(this.token, 'a relationship points one way: <-[…]- or -[…]->, not both')
      this.expectPunct('-', 'after the relationship')
      direction = 'incoming'
    } else if (this.acceptPunct('->')) {
      direction = 'outgoing'
    } else {
      this.expectPunct('-', "or '->' after the relationship")
      direction = 'any'
    }
    return {
      ...(variable === undefined ? {} : { variable }),
      kinds,
      direction,
      ...(range === undefined ? {} : { range }),
      properties,
      span: this.span(start),
    }
  }

  pattern(): PathPatternCst {
    const nodes = [this.nodePattern()]
    const rels: RelPatternCst[] = []
    while (this.isPunct('-') || this.isPunct('<-')) {
      rels.push(this.relPattern())
      nodes.push(this.nodePattern())
    }
    return { nodes, rels }
  }

  private propertyRef(): PropertyRefCst {
    const variable = this.variable('a variable')
    const segments: NameCst[] = []
    if (!this.isPunct('.')) {
      throw this.error(this.token, `expected '.' and a property after '${variable.name}' but found ${describe(this.token)}`, `write ${variable.name}.<property>`)
    }
    while (this.acceptPunct('.')) {
      const token = this.token
      if (token.kind === 'ident' || token.kind === 'backtick') {
        this.advance()
        segments.push({ name: String(token.value), quoted: token.kind === 'backtick', span: this.span(token, token) })
      } else if (token.kind === 'number' && Number.isInteger(token.value) && Number(token.value) >= 0) {
        this.advance()
        segments.push({ name: String(token.value), quoted: false, span: this.span(token, token) })
      } else {
        throw this.error(token, `expected a property name but found ${describe(token)}`, 'quote unusual names in backticks: c.tags.`kubernetes.io/name`')
      }
    }
    return { variable, segments, span: this.span(variable.span) }
  }

  expression(): ExprCst {
    const start = this.token
    const items = [this.conjunction()]
    while (this.acceptKeyword('or')) items.push(this.conjunction())
    if (this.isKeyword('xor')) throw this.error(this.token, 'XOR is not supported', 'write (a AND NOT b) OR (NOT a AND b)')
    return items.length === 1 ? items[0]! : { kind: 'or', items, span: this.span(start) }
  }

  private conjunction(): ExprCst {
    const start = this.token
    const items = [this.negation()]
    while (this.acceptKeyword('and')) items.push(this.negation())
    return items.length === 1 ? items[0]! : { kind: 'and', items, span: this.span(start) }
  }

  private negation(): ExprCst {
    const start = this.token
    if (this.acceptKeyword('not')) {
      return this.nest(start, () => ({ kind: 'not', item: this.negation(), span: this.span(start) }) as const)
    }
    return this.atom()
  }

  private call(name: FunctionName, start: Token): ExprCst {
    this.expectPunct('(', `after ${name.toUpperCase()}`)
    const variable = this.variable('the variable to test')
    const args: LiteralCst[] = []
    while (this.acceptPunct(',')) args.push(this.literal())
    this.expectPunct(')', `to close ${name.toUpperCase()}(…)`)
    return { kind: 'call', name, variable, args, span: this.span(start) }
  }

  private atom(): ExprCst {
    const start = this.token
    if (this.acceptPunct('(')) {
      const inner = this.nest(start, () => this.expression())
      this.expectPunct(')', 'to close the parenthesis')
      return inner
    }
    if (this.isKeyword('exists') && (this.isPunct('(', this.peek()) || this.isPunct('{', this.peek()))) {
      this.advance()
      if (this.acceptPunct('(')) {
        const ref = this.propertyRef()
        this.expectPunct(')', 'to close EXISTS(…)')
        return { kind: 'compare', ref, operator: 'exists', span: this.span(start) }
      }
      this.expectPunct('{')
      return this.nest(start, () => {
        this.acceptKeyword('match')
        const patterns = [this.pattern()]
        while (this.acceptPunct(',')) patterns.push(this.pattern())
        const where = this.acceptKeyword('where') === undefined ? undefined : this.expression()
        this.expectPunct('}', 'to close EXISTS { … }')
        return { kind: 'exists-pattern', patterns, ...(where === undefined ? {} : { where }), span: this.span(start) } as const
      })
    }
    if (start.kind === 'ident' && this.isPunct('(', this.peek())) {
      const name = String(start.value).toLowerCase()
      if ((FUNCTIONS as readonly string[]).includes(name)) {
        this.advance()
        return this.call(name as FunctionName, start)
      }
      throw this.error(start, `unknown function ${String(start.value)}`, `functions: ${FUNCTIONS.map((f) => f.toUpperCase()).join(', ')}, EXISTS`)
    }
    if (start.kind !== 'ident' && start.kind !== 'backtick') {
      throw this.error(start, `expected a condition but found ${describe(start)}`, 'a condition looks like c.prop = value, HAS_INSIGHT(c, …) or EXISTS { … }')
    }
    const ref = this.propertyRef()
    return this.comparison(ref, start)
  }

  private comparison(ref: PropertyRefCst, start: Token): ExprCst {
    const token = this.token
    const done = (operator: CompareOperator, value?: LiteralCst): ExprCst => ({
      kind: 'compare',
      ref,
      operator,
      ...(value === undefined ? {} : { value }),
      span: this.span(start),
    })
    if (token.kind === 'punct' && COMPARE[String(token.value)] !== undefined) {
      this.advance()
      return done(COMPARE[String(token.value)]!, this.literal())
    }
    if (this.isPunct('<-')) {
      // `x<-1`: the lexer saw an arrow; it is "less than minus one".
      const value = this.scalar()
      if (value === undefined) throw this.error(token, `expected a value after '<'`)
      return done('lt', value)
    }
    if (this.acceptKeyword('in')) {
      const list = this.token
      const value = this.literal()
      if (value.kind !== 'list') throw this.error(list, 'IN needs a list: x IN [1, 2]')
      return done('in', value)
    }
    if (this.acceptKeyword('contains')) return done('contains', this.literal())
    if (this.acceptKeyword('starts')) {
      this.expectKeyword('with', 'after STARTS')
      return done('startswith', this.literal())
    }
    if (this.acceptKeyword('ends')) {
      this.expectKeyword('with', 'after ENDS')
      return done('endswith', this.literal())
    }
    if (this.acceptKeyword('is')) {
      const negated = this.acceptKeyword('not') !== undefined
      this.expectKeyword('null', negated ? 'after IS NOT' : 'after IS')
      return done(negated ? 'exists' : 'missing')
    }
    throw this.error(token, `expected a comparison (=, <>, <, <=, >, >=, =~, IN, CONTAINS, STARTS WITH, ENDS WITH, IS NULL) but found ${describe(token)}`)
  }

  query(): QueryCst {
    if (this.atEnd()) throw this.error(this.token, 'the query is empty', 'start with MATCH (n:family) …')
    this.expectKeyword('match', 'to start the query')
    const patterns = [this.pattern()]
    for (;;) {
      if (this.acceptPunct(',')) patterns.push(this.pattern())
      else if (this.acceptKeyword('match')) patterns.push(this.pattern())
      else break
    }
    const where = this.acceptKeyword('where') === undefined ? undefined : this.expression()
    this.expectKeyword('return', where === undefined ? 'or WHERE' : 'after the conditions')
    this.acceptKeyword('distinct')
    const returns = this.variable('the variable to return')
    if (this.isPunct(',')) throw this.error(this.token, 'RETURN takes one variable: the nodes the query lists', 'connected nodes appear in each row as its matched path')
    if (this.isPunct('.')) throw this.error(this.token, 'RETURN takes a variable, not a property', `write RETURN ${returns.name}`)
    let limit: QueryCst['limit']
    const limitToken = this.acceptKeyword('limit')
    if (limitToken !== undefined) {
      const value = this.integer('the row limit')
      limit = { value, span: this.span(limitToken) }
    }
    this.acceptPunct(';')
    if (!this.atEnd()) throw this.error(this.token, `unexpected ${describe(this.token)} after the end of the query`)
    return { patterns, ...(where === undefined ? {} : { where }), returns, ...(limit === undefined ? {} : { limit }) }
  }
}

/** Parses query text into its parse tree; throws a positioned QueryError (SKY_QUERY_SYNTAX). */
export function parseSyntax(source: string): QueryCst {
  return new Parser(source).query()
}

export { Parser as SyntaxParser }
