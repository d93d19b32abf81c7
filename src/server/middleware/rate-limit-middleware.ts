/** @module Applies the RateLimiter to API requests: keyed by token id, or by client address. */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import { ApiProblem } from '../problem.js'
import type { RateLimiter } from './rate-limit.js'

export function tooManyRequests(retryAfter: number): ApiProblem {
  return new ApiProblem('HTTP_RATE_LIMITED', `rate limit exceeded; retry in ${retryAfter} s`, {
    headers: { 'Retry-After': String(retryAfter) },
  })
}

export function rateLimit(limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal')
    const key = principal?.kind === 'token' ? `token:${principal.tokenId}` : `ip:${c.get('clientIp')}`
    const decision = limiter.take(key)
    if (!decision.ok) throw tooManyRequests(decision.retryAfter)
    await next()
  }
}
