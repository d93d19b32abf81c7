/** @module Line and column (1-based) of an offset inside a YAML scalar, for errors that name file:line:col. */
import type { LineCounter, Scalar } from 'yaml'

export interface Position {
  readonly line: number
  readonly column: number
}

/** Where character `offset` of the scalar's value sits in the source text. */
export function scalarPosition(source: string, lines: LineCounter, scalar: Scalar, offset: number): Position {
  const start = scalar.range?.[0] ?? 0
  const head = lines.linePos(start)
  const value = String(scalar.value)
  const before = value.slice(0, offset)
  const lineInValue = before.split('\n').length - 1
  const columnInLine = before.length - (before.lastIndexOf('\n') + 1)
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    // The block's indentation is that of its first content line; deeper lines keep the extra in the value.
    const first = source.split('\n')[head.line] ?? ''
    const indent = first.length - first.trimStart().length
    return { line: head.line + 1 + lineInValue, column: indent + columnInLine + 1 }
  }
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0
  return lineInValue === 0 ? { line: head.line, column: head.col + quoted + columnInLine } : { line: head.line + lineInValue, column: columnInLine + 1 }
}

export function nodePosition(lines: LineCounter, range: readonly number[] | null | undefined): Position {
  const pos = lines.linePos(range?.[0] ?? 0)
  return { line: pos.line, column: pos.col }
}
