/**
 * @module Opaque paging cursors. A cursor pins the snapshot it was issued for, so paging through a list
 * stays consistent while a newer snapshot lands; `offset` remains available for jumping to a page.
 */
import { ApiProblem } from './problem.js'

export interface PageQuery {
  readonly limit: number
  readonly cursor?: string | undefined
  readonly offset?: number | undefined
}

export interface PageWindow {
  readonly offset: number
  readonly limit: number
  /** Snapshot the cursor was issued for, when it came from a cursor. */
  readonly snapshot: string | undefined
}

interface CursorBody {
  readonly o: number
  readonly s?: string
}

export function encodeCursor(offset: number, snapshot?: string): string {
  const body: CursorBody = snapshot === undefined ? { o: offset } : { o: offset, s: snapshot }
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url')
}

function invalidCursor(): ApiProblem {
  return new ApiProblem('HTTP_BAD_REQUEST', 'the cursor is not one this server issued', {
    errors: [{ path: 'query.cursor', message: 'invalid cursor' }],
    hint: 'Pass the `nextCursor` value of the previous page unchanged, or page with `offset`.',
  })
}

export function decodeCursor(cursor: string): CursorBody {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  if (typeof parsed !== 'object' || parsed === null || !('o' in parsed)) throw invalidCursor()
  const { o } = parsed
  const s = 's' in parsed ? parsed.s : undefined
  if (typeof o !== 'number' || !Number.isSafeInteger(o) || o < 0) throw invalidCursor()
  if (s !== undefined && typeof s !== 'string') throw invalidCursor()
  return s === undefined ? { o } : { o, s }
}

export function pageWindow(query: PageQuery): PageWindow {
  if (query.cursor !== undefined) {
    const { o, s } = decodeCursor(query.cursor)
    return { offset: o, limit: query.limit, snapshot: s }
  }
  return { offset: query.offset ?? 0, limit: query.limit, snapshot: undefined }
}

/** The cursor of the page after `window`, or null when it was the last. */
export function nextCursor(window: PageWindow, total: number, snapshot?: string): string | null {
  const next = window.offset + window.limit
  return next < total ? encodeCursor(next, snapshot) : null
}
