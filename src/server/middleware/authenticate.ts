/**
 * @module Authentication and authorization. `authenticate` runs on every API request and records the
 * caller (or refuses a bad token); `requireRole` on each route enforces viewer < analyst < admin.
 * Failed authentications draw from the client address's rate-limit bucket, so guessing is throttled.
 */
import type { MiddlewareHandler } from 'hono'
import { ROLES } from '../../store/auth-store.js'
import type { Role } from '../../store/auth-store.js'
import type { AppEnv } from '../app-env.js'
import type { AuthGate } from '../auth/auth-gate.js'
import { ApiProblem } from '../problem.js'
import { tooManyRequests } from './rate-limit-middleware.js'
import type { RateLimiter } from './rate-limit.js'

export function authenticate(gate: AuthGate, limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      c.set('principal', await gate.authenticate(c.req.header('Authorization')))
    } catch (error) {
      const decision = limiter.take(`ip:${c.get('clientIp')}`)
      if (!decision.ok) throw tooManyRequests(decision.retryAfter)
      throw error
    }
    await next()
  }
}

export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed)
}

export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    if (principal === undefined) {
      throw new ApiProblem('HTTP_UNAUTHORIZED', `this route needs a token with role ${role} or higher`, {
        hint: 'Send `Authorization: Bearer <token>`; an admin creates tokens with `skyhound tokens create`.',
        headers: { 'WWW-Authenticate': 'Bearer realm="skyhound"' },
      })
    }
    if (!roleAllows(principal.role, role)) {
      throw new ApiProblem('HTTP_FORBIDDEN', `this route needs role ${role}; the token has role ${principal.role}`, {
        hint: 'Ask an admin for a token with a higher role.',
      })
    }
    await next()
  }
}
