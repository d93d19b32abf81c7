/**
 * @module The audit log: every write request (any method but GET/HEAD/OPTIONS), allowed or refused,
 * with who, what, the outcome and where from. Written to the store and to the request log.
 */
import { randomBytes } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { AuditEntry, AuthStore } from '../../store/auth-store.js'
import type { AppEnv } from '../app-env.js'

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

let lastMs = 0
let sequence = 0

/**
 * A UUIDv7 (RFC 9562) whose 12-bit counter orders entries written in the same millisecond by this
 * process, so the log reads back in the order the requests finished.
 */
export function auditId(ms: number): string {
  if (ms <= lastMs) {
    sequence = (sequence + 1) & 0xfff
    ms = lastMs
  } else {
    lastMs = ms
    sequence = 0
  }
  const random = randomBytes(8)
  const time = ms.toString(16).padStart(12, '0')
  const variant = ((random[0]! & 0x3f) | 0x80).toString(16) + random.subarray(1, 2).toString('hex')
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${variant}-${random.subarray(2).toString('hex')}`
}

export function auditWrites(store: AuthStore, now: () => Date = () => new Date()): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next()
    await next()
    const principal = c.get('principal')
    const at = now()
    const entry: AuditEntry = {
      id: auditId(at.getTime()),
      at: at.toISOString(),
      actor: principal === undefined ? 'anonymous' : principal.kind === 'token' ? principal.tokenId : 'local',
      role: principal?.role ?? null,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ip: c.get('clientIp'),
      requestId: c.get('requestId'),
      detail: principal?.kind === 'token' ? { tokenName: principal.name } : {},
    }
    const log = c.get('log')
    log.info({ audit: entry }, 'audit')
    try {
      await store.appendAudit([entry])
    } catch (error) {
      // The write already happened; losing its audit row must be loud but must not turn it into a 500.
      log.error({ err: error, audit: entry }, 'audit log write failed')
    }
  }
}
