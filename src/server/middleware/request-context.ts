/**
 * @module First middleware: request id, client address, a child logger, and one structured log line
 * per request (method, path, status, duration, caller). Never logs headers, bodies or query strings,
 * so tokens and filters stay out of the log.
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'
import type { AppEnv } from '../app-env.js'

function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // app.request() in tests has no socket.
    return 'local'
  }
}

export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now()
    const requestId = c.get('requestId')
    const log = logger.child({ requestId })
    c.set('log', log)
    c.set('clientIp', clientAddress(c))
    c.set('principal', undefined)
    await next()
    const principal = c.get('principal')
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        actor: principal === undefined ? null : principal.kind === 'token' ? principal.tokenId : 'local',
        ip: c.get('clientIp'),
      },
      'request',
    )
  }
}
