/**
 * @module The audit log: every write request (any method but GET/HEAD/OPTIONS), allowed or refused,
 * with who, what, the outcome and where from. Written to the store and to the request log.
 */
import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { AuditEntry, AuthStore } from '../../store/auth-store.js'
import type { AppEnv } from '../app-env.js'

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function auditWrites(store: AuthStore, now: () => Date = () => new Date()): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (READ_METHODS.has(c.req.method)) return next()
    await next()
    const principal = c.get('principal')
    const entry: AuditEntry = {
      id: randomUUID(),
      at: now().toISOString(),
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
