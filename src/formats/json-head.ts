/** @module Reads the top-level keys of a JSON object from a possibly cut head, without parsing it. */

export interface HeadEntry {
  readonly key: string
  /** First character of the value: `[`, `{`, `"`, a digit… ('' when the head ends first). */
  readonly opens: string
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 92) i++
    else if (c === 34) return i + 1
  }
  return -1
}

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && /\s/.test(text[i]!)) i++
  return i
}

function decodeKey(literal: string): string {
  try {
    return JSON.parse(literal) as string
  } catch {
    return literal.slice(1, -1)
  }
}

/** Keys of the outermost object in `text`, in order, as far as the text goes. */
export function topLevelEntries(text: string): HeadEntry[] {
  const entries: HeadEntry[] = []
  let depth = 0
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      const end = stringEnd(text, i)
      if (end < 0) break
      const colon = skipSpace(text, end)
      if (depth === 1 && text[colon] === ':') {
        const value = skipSpace(text, colon + 1)
        entries.push({ key: decodeKey(text.slice(i, end)), opens: text[value] ?? '' })
        i = value
        continue
      }
      i = end
      continue
    }
    if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
    i++
  }
  return entries
}
