/**
 * @module A JSON export as a small document around one large array (the findings, SARIF results, OCSF
 * events), written piece by piece. At 1M resources an export holds hundreds of thousands of findings: one
 * `JSON.stringify` of it needs the whole text in memory and can pass V8's string length limit (about
 * 512 MB), so the server streams the chunks and the CLI joins them. The text is exactly what
 * `JSON.stringify(document with the array, null, indent)` prints (json-document.test.ts).
 */

/** Stands for the large array inside `document`; it never occurs in real data (a NUL-delimited word). */
export const ITEMS = '\u0000skyhound-items\u0000'

export interface JsonDocument {
  /** The document with `ITEMS` where the large array goes (or `ITEMS` itself for a top-level array). */
  readonly document: unknown
  readonly count: number
  /** The array's item at `index`, built on demand. */
  item(index: number): unknown
}

const MARKER = JSON.stringify(ITEMS)

/** The document's text in chunks of `batch` items; `indent` 0 prints one line, as JSON.stringify does. */
export function* jsonChunks(doc: JsonDocument, indent = 2, batch = 1_000): Generator<string> {
  const text = JSON.stringify(doc.document, null, indent === 0 ? undefined : indent)
  const at = text.indexOf(MARKER)
  if (at < 0) throw new Error('a JSON document without its ITEMS marker')
  yield text.slice(0, at)
  if (doc.count === 0) yield '[]'
  else {
    // JSON.stringify indents an array's items one level deeper than the line that holds the array.
    const lineStart = text.lastIndexOf('\n', at) + 1
    const base = /^ */.exec(text.slice(lineStart, at))![0]
    const pad = indent === 0 ? '' : `\n${base}${' '.repeat(indent)}`
    const separator = indent === 0 ? ',' : `,${pad}`
    let chunk = `[${pad}`
    for (let i = 0; i < doc.count; i++) {
      const itemText = JSON.stringify(doc.item(i), null, indent === 0 ? undefined : indent)
      chunk += (i === 0 ? '' : separator) + (indent === 0 ? itemText : itemText.replaceAll('\n', pad))
      if ((i + 1) % batch === 0) {
        yield chunk
        chunk = ''
      }
    }
    yield `${chunk}${indent === 0 ? '' : `\n${base}`}]`
  }
  yield `${text.slice(at + MARKER.length)}\n`
}

/** The whole text at once (the CLI writes files of moderate size; the server streams `jsonChunks`). */
export function jsonText(doc: JsonDocument, indent = 2): string {
  let out = ''
  for (const chunk of jsonChunks(doc, indent)) out += chunk
  return out
}
