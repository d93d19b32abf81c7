/**
 * @module Tokens of the explorer's text syntax (an openCypher subset). Hand-written and linear: it never
 * evaluates anything, and every token keeps its offset so errors can point at it.
 */
import { QueryError, positionAt } from '../query-error.js'

export type TokenKind = 'ident' | 'string' | 'number' | 'backtick' | 'punct' | 'eof'

export interface Token {
  readonly kind: TokenKind
  /** The source text of the token. */
  readonly text: string
  /** Identifier or quoted name, unescaped string, or number. */
  readonly value: string | number
  readonly offset: number
  readonly end: number
}

/** Longest first, so `<=` wins over `<` and `..` over `.`. */
const PUNCTUATION = ['<>', '<=', '>=', '!=', '=~', '->', '<-', '..', '(', ')', '[', ']', '{', '}', ',', ':', '|', '.', '*', '=', '<', '>', '-', ';']

/** Query texts longer than this are refused before lexing. */
export const MAX_QUERY_LENGTH = 100_000

const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c)
const isIdentPart = (c: string): boolean => /[A-Za-z0-9_]/.test(c)
const isDigit = (c: string): boolean => c >= '0' && c <= '9'

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '\\': '\\', "'": "'", '"': '"', '/': '/' }

function syntaxError(source: string, offset: number, message: string, length = 1): QueryError {
  return new QueryError('SKY_QUERY_SYNTAX', message, { position: positionAt(source, offset, length), source })
}

export function tokenize(source: string): Token[] {
  if (source.length > MAX_QUERY_LENGTH) {
    throw new QueryError('SKY_QUERY_SYNTAX', `the query text is longer than ${MAX_QUERY_LENGTH} characters`)
  }
  const tokens: Token[] = []
  let i = 0
  const push = (kind: TokenKind, start: number, value: string | number): void => {
    tokens.push({ kind, text: source.slice(start, i), value, offset: start, end: i })
  }
  while (i < source.length) {
    const c = source[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
      continue
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++
      continue
    }
    if (c === '/' && source[i + 1] === '*') {
      const close = source.indexOf('*/', i + 2)
      if (close < 0) throw syntaxError(source, i, 'comment is not closed (missing */)', 2)
      i = close + 2
      continue
    }
    const start = i
    if (isIdentStart(c)) {
      i++
      while (i < source.length && isIdentPart(source[i]!)) i++
      // Vocabulary names are kebab-case (`routes-traffic-to`, `k8s-cluster`): a hyphen joined on both
      // sides belongs to the name. The grammar has no subtraction, so this is never ambiguous.
      while (source[i] === '-' && i + 1 < source.length && isIdentPart(source[i + 1]!)) {
        i += 2
        while (i < source.length && isIdentPart(source[i]!)) i++
      }
      push('ident', start, source.slice(start, i))
      continue
    }
    if (isDigit(c)) {
      while (i < source.length && isDigit(source[i]!)) i++
      if (source[i] === '.' && isDigit(source[i + 1] ?? '')) {
        i++
        while (i < source.length && isDigit(source[i]!)) i++
      }
      if ((source[i] === 'e' || source[i] === 'E') && (isDigit(source[i + 1] ?? '') || (/[+-]/.test(source[i + 1] ?? '') && isDigit(source[i + 2] ?? '')))) {
        i += 2
        while (i < source.length && isDigit(source[i]!)) i++
      }
      if (i < source.length && isIdentStart(source[i]!)) throw syntaxError(source, start, `'${source.slice(start, i + 1)}' is not a number or a name`, i + 1 - start)
      const value = Number(source.slice(start, i))
      if (!Number.isFinite(value)) throw syntaxError(source, start, 'number is out of range', i - start)
      push('number', start, value)
      continue
    }
    if (c === "'" || c === '"') {
      let value = ''
      i++
      for (;;) {
        if (i >= source.length) throw syntaxError(source, start, `string is not closed (missing ${c})`, i - start)
        const d = source[i]!
        if (d === c) {
          i++
          break
        }
        if (d === '\n') throw syntaxError(source, start, `string is not closed before the end of the line (missing ${c})`, i - start)
        if (d === '\\') {
          const e = source[i + 1] ?? ''
          if (e === 'u') {
            const hex = source.slice(i + 2, i + 6)
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw syntaxError(source, i, 'escape \\u needs four hex digits', 2)
            value += String.fromCharCode(parseInt(hex, 16))
            i += 6
            continue
          }
          const escaped = ESCAPES[e]
          if (escaped === undefined) throw syntaxError(source, i, `unknown escape \\${e} (write \\\\ for a backslash)`, 2)
          value += escaped
          i += 2
          continue
        }
        value += d
        i++
      }
      push('string', start, value)
      continue
    }
    if (c === '`') {
      let value = ''
      i++
      for (;;) {
        if (i >= source.length) throw syntaxError(source, start, 'quoted name is not closed (missing `)', i - start)
        if (source[i] === '`') {
          // openCypher escapes a backtick inside a quoted name by doubling it.
          if (source[i + 1] === '`') {
            value += '`'
            i += 2
            continue
          }
          i++
          break
        }
        if (source[i] === '\n') throw syntaxError(source, start, 'quoted name is not closed before the end of the line (missing `)', i - start)
        value += source[i]
        i++
      }
      if (value.length === 0) throw syntaxError(source, start, 'quoted name is empty', 2)
      push('backtick', start, value)
      continue
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i))
    if (punct === undefined) throw syntaxError(source, i, `unexpected character '${c}'`)
    i += punct.length
    push('punct', start, punct)
  }
  tokens.push({ kind: 'eof', text: '', value: '', offset: source.length, end: source.length })
  return tokens
}
