import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, nextCursor, pageWindow } from './paging.js'
import { ApiProblem } from './problem.js'

describe('server/paging', () => {
  it('round-trips an offset and the snapshot it was issued for', () => {
    expect(decodeCursor(encodeCursor(150, 'snap-1'))).toEqual({ o: 150, s: 'snap-1' })
    expect(pageWindow({ limit: 50, cursor: encodeCursor(100, 's') })).toEqual({ offset: 100, limit: 50, snapshot: 's' })
  })

  it('prefers the cursor over an offset and defaults to the first page', () => {
    expect(pageWindow({ limit: 10, offset: 5, cursor: encodeCursor(20) })).toMatchObject({ offset: 20 })
    expect(pageWindow({ limit: 10 })).toEqual({ offset: 0, limit: 10, snapshot: undefined })
  })

  it('gives no next cursor on the last page', () => {
    expect(nextCursor({ offset: 0, limit: 10, snapshot: undefined }, 10)).toBeNull()
    expect(decodeCursor(nextCursor({ offset: 0, limit: 10, snapshot: undefined }, 11, 's')!)).toEqual({ o: 10, s: 's' })
  })

  it.each(['not base64 json', encodeCursor(-1), Buffer.from('{"o":"1"}').toString('base64url'), Buffer.from('[]').toString('base64url')])(
    'refuses a cursor it did not issue (%s) with a 400 problem naming the field',
    (cursor) => {
      try {
        decodeCursor(cursor)
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(ApiProblem)
        expect((error as ApiProblem).code).toBe('HTTP_BAD_REQUEST')
        expect((error as ApiProblem).errors).toEqual([{ path: 'query.cursor', message: 'invalid cursor' }])
      }
    },
  )
})
