/**
 * @module Finds where a JSON text goes wrong. V8 on Node 20 often reports "Unexpected token" without a
 * position, and a user needs the line and column to fix an export; this scanner only runs after
 * JSON.parse has already failed, so its speed does not matter.
 */

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

class Failure extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at offset ${offset}`)
  }
}

/** Offset of the first character at which `text` stops being valid JSON (text.length if it ends early). */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++
  }
  const fail = (): never => {
    throw new Failure(i)
  }
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail()
      i++
    }
  }
  const string = (): void => {
    i++ // opening quote
    while (i < text.length) {
      const ch = text.charCodeAt(i)
      if (ch === 0x22) {
        i++
        return
      }
      if (ch < 0x20) fail()
      if (ch === 0x5c) {
        i++
        if (text[i] === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail()
          i += 5
          continue
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail()
      }
      i++
    }
    fail()
  }
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (match === null || match[0].length === 0) fail()
    i += match![0].length
  }
  const value = (): void => {
    skip()
    const ch = text[i]
    if (ch === '{') {
      i++
      skip()
      if (text[i] === '}') return void i++
      for (;;) {
        skip()
        if (text[i] !== '"') fail()
        string()
        skip()
        if (text[i] !== ':') fail()
        i++
        value()
        skip()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') return void i++
        fail()
      }
    }
    if (ch === '[') {
      i++
      skip()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        skip()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') return void i++
        fail()
      }
    }
    if (ch === '"') return string()
    if (ch === 't') return literal('true')
    if (ch === 'f') return literal('false')
    if (ch === 'n') return literal('null')
    return number()
  }
  try {
    value()
    skip()
    return i < text.length ? i : text.length
  } catch (error) {
    if (error instanceof Failure) return Math.min(error.offset, text.length)
    throw error
  }
}
