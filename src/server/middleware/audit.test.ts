import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { auditId } from './audit.js'

describe('server/middleware/audit', () => {
  it('makes valid UUIDv7 ids that sort in creation order, also within one millisecond', () => {
    const ms = Date.UTC(2026, 0, 1)
    const ids = [auditId(ms), auditId(ms), auditId(ms), auditId(ms + 1), auditId(ms + 1)]
    for (const id of ids) expect(z.uuid().safeParse(id).success, id).toBe(true)
    expect([...ids].sort()).toEqual(ids)
    expect(ids[0]?.slice(0, 13).replace('-', '')).toBe(ms.toString(16).padStart(12, '0'))
  })
})
