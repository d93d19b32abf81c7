/**
 * @module Reads a notification file (the owner directory, the notify config): YAML or JSON (YAML is a superset),
 * validated by a zod schema. Every error names the file, the line and column, and the field, so a typo in a
 * 400-owner directory is one look away.
 */
import { readFile } from 'node:fs/promises'
import { LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import { SkyhoundError } from '../../model/errors.js'

/** `owners."a@x".manager` — the dotted field path a zod issue points at. */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)'
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`
      const text = String(part)
      const plain = /^[A-Za-z_][\w-]*$/.test(text)
      if (plain) return index === 0 ? text : `.${text}`
      return `${index === 0 ? '' : '.'}${JSON.stringify(text)}`
    })
    .join('')
}

/** Parses `source` (the text of `file`) and validates it; `what` names the kind of file in messages and hints. */
export function parseNotifyFile<S extends z.ZodType>(file: string, source: string, schema: S, what: { readonly name: string; readonly hint: string }): z.output<S> {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number | undefined): string => {
    const pos = lines.linePos(offset ?? 0)
    return `${file}:${pos.line}:${pos.col}`
  }
  const first = doc.errors[0]
  if (first !== undefined) {
    const where = at(first.pos[0])
    throw new SkyhoundError('SKY_INPUT_INVALID', `${where}: ${what.name} is not valid YAML or JSON: ${first.message.split('\n')[0] ?? ''}`, { where, hint: what.hint })
  }
  const parsed = schema.safeParse(doc.toJS() ?? {})
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
  // The deepest node that exists: a missing field is reported where its parent is.
  let node: { range?: readonly number[] | null } | undefined
  for (let depth = path.length; depth >= 0 && node === undefined; depth--) {
    const found: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)
    if (typeof found === 'object' && found !== null && 'range' in found) node = found as { range?: readonly number[] | null }
  }
  const field = fieldPath(path)
  const where = at(node?.range?.[0])
  throw new SkyhoundError('SKY_INPUT_INVALID', `${where}: ${what.name} field ${field}: ${issue.message}`, { where: `${where} (${field})`, hint: what.hint })
}

export async function readNotifyFile<S extends z.ZodType>(file: string, schema: S, what: { readonly name: string; readonly hint: string }): Promise<z.output<S>> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    throw new SkyhoundError('SKY_INPUT_NOT_FOUND', `${what.name} ${file} cannot be read`, { where: file, cause: error, hint: what.hint })
  }
  return parseNotifyFile(file, source, schema, what)
}
