import { HTTPException } from 'hono/http-exception'
import { describe, expect, it } from 'vitest'
import { SkyhoundError } from '../model/errors.js'
import { ApiProblem, problemOf } from './problem.js'

describe('server/problem', () => {
  it('maps a SkyhoundError code to its status, title, detail and hint', () => {
    const problem = problemOf(new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', 'no snapshot x', { hint: 'list them' }), '/api/v1/x', 'req-1')
    expect(problem).toEqual({
      type: 'urn:skyhound:problem:SKY_SNAPSHOT_NOT_FOUND',
      title: 'No snapshot with that id',
      status: 404,
      detail: 'no snapshot x',
      code: 'SKY_SNAPSHOT_NOT_FOUND',
      hint: 'list them',
      instance: '/api/v1/x',
      requestId: 'req-1',
    })
  })

  it('keeps server-side details (paths, driver messages) out of 5xx problems', () => {
    const store = problemOf(new SkyhoundError('SKY_STORE_FAILURE', '/var/lib/sky.db: could not read: SQLITE_IOERR', { hint: 'disk' }), '/x')
    expect(store.status).toBe(503)
    expect(JSON.stringify(store)).not.toMatch(/sky\.db|SQLITE|disk/)
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')")
    const internal = problemOf(bug, '/x', 'req-2')
    expect(internal).toMatchObject({ status: 500, code: 'HTTP_INTERNAL', requestId: 'req-2' })
    expect(JSON.stringify(internal)).not.toMatch(/Cannot read|TypeError|at .*:\d+/)
  })

  it('passes transport problems and Hono 4xx exceptions through with their status', () => {
    expect(problemOf(new ApiProblem('HTTP_RATE_LIMITED', 'slow down'), '/x')).toMatchObject({ status: 429, detail: 'slow down' })
    expect(problemOf(new HTTPException(400, { message: 'Malformed JSON in request body' }), '/x')).toMatchObject({
      status: 400,
      code: 'HTTP_BAD_REQUEST',
      detail: 'Malformed JSON in request body',
    })
    expect(problemOf(new HTTPException(502, { message: 'upstream said x' }), '/x')).toMatchObject({ status: 500, code: 'HTTP_INTERNAL' })
  })
})
