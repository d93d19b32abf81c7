/** @module Text → canonical query AST: parse (syntax errors with a caret) then compile (names, tree shape). */
import { compileQuery } from './compile-query.js'
import type { CompiledQuery } from './compile-query.js'
import { parseSyntax } from './parser.js'

export type { CompiledQuery } from './compile-query.js'

export function parseQueryText(text: string): CompiledQuery {
  return compileQuery(text, parseSyntax(text))
}
