/** @module Multi-document YAML: every document is read; a broken one is reported by number and line. */
import { LineCounter, parseAllDocuments } from 'yaml'
import type { ReadContext } from '../../formats/format-adapter.js'
import type { JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import type { K8sReadSession } from './k8s-read-session.js'

/** YAML gives plain JS values; anything not JSON-shaped (dates, maps with odd keys) is rendered safely. */
function toJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(toJson)
  if (value instanceof Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [String(k), toJson(v)]))
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]))
  return null
}

export async function readYamlDocuments(ctx: ReadContext, session: K8sReadSession): Promise<void> {
  const text = await ctx.file.text()
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter })
  let broken = 0
  let total = 0
  for (const [index, doc] of Array.from(documents).entries()) {
    total++
    const line = lineCounter.linePos(doc.contents?.range[0] ?? doc.range[0]).line
    const place = `document ${index + 1} (line ${line})`
    const error = doc.errors[0]
    if (error !== undefined) {
      broken++
      const at = error.linePos?.[0]
      ctx.issue({
        location: place,
        kind: 'parse-error',
        message: `${place}: invalid YAML${at === undefined ? '' : ` at line ${at.line}, column ${at.col}`}: ${error.message.split('\n')[0] ?? ''}`,
        hint: 'this document is skipped; the other documents of the file are kept. Fix the YAML (templates must be rendered first, e.g. helm template)',
      })
      continue
    }
    const value = toJson(doc.toJS({ maxAliasCount: 1000 }))
    if (value === null) continue
    session.object(value, place)
  }
  if (total > 0 && broken === total) {
    throw new SkyhoundError('SKY_INPUT_INVALID', `${ctx.file.path}: no YAML document could be parsed`, {
      where: `${ctx.file.path}:document 1`,
      hint: 'check that the file is YAML (rendered manifests, not Helm templates)',
    })
  }
}
