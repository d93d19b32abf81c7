/**
 * @module Streams the elements of several top-level arrays of one JSON object in a single pass
 * (`UserDetailList`, `RoleDetailList`, … of an IAM authorization-details export), plus the top-level
 * scalars (`IsTruncated`, `Marker`). Only one element is held in memory at a time.
 * InputFile.streamArray reads one key path per pass; this reads them all at once, and turns a
 * parser failure (truncated file) into an error of the iteration rather than an unhandled event.
 */
import { Transform } from 'node:stream'
import type { TransformCallback } from 'node:stream'
import Assembler from 'stream-json/Assembler.js'
import Parser from 'stream-json/Parser.js'
import type { InputFile } from '../../../formats/input-file.js'
import { SkyhoundError } from '../../../model/errors.js'
import type { JsonValue } from '../../../model/graph-types.js'

export type TopLevelEntry =
  | { readonly type: 'item'; readonly key: string; readonly index: number; readonly value: JsonValue }
  | { readonly type: 'scalar'; readonly key: string; readonly value: JsonValue }

/** Key standing for the root value when the document itself is an array. */
export const ROOT = ''

interface Token {
  readonly name: string
  readonly value?: string
}

const SCALARS: Readonly<Record<string, (value: string | undefined) => JsonValue>> = {
  stringValue: (v) => v ?? '',
  numberValue: (v) => Number(v),
  trueValue: () => true,
  falseValue: () => false,
  nullValue: () => null,
}

class TopLevelArrays extends Transform {
  private depth = 0
  private key: string | undefined
  private inArray = false
  private skip = 0
  private assembler: Assembler | undefined
  index = 0
  current: string | undefined

  constructor(private readonly wanted: ReadonlySet<string>) {
    super({ objectMode: true })
  }

  override _transform(token: Token, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.consume(token)
      done()
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private consume(token: Token): void {
    const opens = token.name === 'startObject' || token.name === 'startArray'
    const closes = token.name === 'endObject' || token.name === 'endArray'
    if (this.assembler !== undefined) {
      this.assembler.consume(token)
      if (this.assembler.done) {
        this.push({ type: 'item', key: this.current!, index: this.index++, value: this.assembler.current as JsonValue })
        this.assembler = undefined
      }
      return
    }
    if (this.skip > 0) {
      if (opens) this.skip++
      if (closes) this.skip--
      return
    }
    if (this.depth === 0) {
      this.depth = 1
      if (token.name === 'startArray' && this.wanted.has(ROOT)) {
        this.inArray = true
        this.current = ROOT
        return
      }
      if (token.name !== 'startObject') throw new Error(`the document is not a JSON ${this.wanted.has(ROOT) ? 'array or object' : 'object'}`)
      return
    }
    const scalar = SCALARS[token.name]
    if (this.inArray) {
      if (token.name === 'endArray') {
        this.inArray = false
      } else if (opens) {
        this.assembler = new Assembler()
        this.assembler.consume(token)
      } else if (scalar !== undefined) {
        this.push({ type: 'item', key: this.current!, index: this.index++, value: scalar(token.value) })
      }
      return
    }
    if (token.name === 'keyValue') {
      this.key = token.value
    } else if (token.name === 'startArray' && this.key !== undefined && this.wanted.has(this.key)) {
      this.inArray = true
      this.current = this.key
      this.index = 0
    } else if (opens) {
      this.skip = 1
    } else if (scalar !== undefined && this.key !== undefined) {
      this.push({ type: 'scalar', key: this.key, value: scalar(token.value) })
    } else if (token.name === 'endObject') {
      this.depth = 0
    }
  }
}

/** Yields the elements of the wanted arrays in file order; a syntax error or truncation throws SKY_INPUT_INVALID naming the element reached. */
export async function* streamTopLevelArrays(file: InputFile, keys: readonly string[]): AsyncGenerator<TopLevelEntry> {
  const source = file.stream()
  const parser = new Parser({ packValues: true, streamValues: false })
  const splitter = new TopLevelArrays(new Set(keys))
  const fail = (error: Error): void => {
    splitter.destroy(error)
  }
  source.on('error', fail)
  parser.on('error', fail)
  source.pipe(parser).pipe(splitter)
  try {
    for await (const entry of splitter) yield entry as TopLevelEntry
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const place = splitter.current === undefined ? 'document start' : `${splitter.current || 'array'}[${splitter.index}]`
    throw new SkyhoundError('SKY_INPUT_INVALID', `${file.path}: invalid or truncated JSON at ${place}: ${message}`, {
      where: `${file.path}:${place}`,
      hint: 'the file looks truncated or damaged: export it again',
      cause: error,
    })
  } finally {
    source.destroy()
  }
}
