/**
 * @module Protects an open (token-less) loopback server from other web pages in the user's browser:
 * DNS rebinding (a foreign host name resolving to 127.0.0.1) is refused by checking the Host, and
 * cross-site writes by checking the Origin. Only active while the server runs open.
 */
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { AuthGate } from '../auth/auth-gate.js'
import { ApiProblem } from '../problem.js'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1'])
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_NAMES.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname.endsWith('.localhost')
}

export function loopbackGuard(gate: AuthGate): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if ((await gate.mode()) === 'open') {
      const url = new URL(c.req.url)
      if (!isLoopbackHost(url.hostname)) {
        throw new ApiProblem('HTTP_MISDIRECTED', `this open server only answers to loopback host names, not ${url.hostname}`, {
          hint: 'Open the dashboard at http://127.0.0.1:<port>/, or create a token to serve other host names.',
        })
      }
      const origin = c.req.header('Origin')
      if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && origin !== url.origin) {
        throw new ApiProblem('HTTP_FORBIDDEN', `cross-origin write from ${origin} refused`)
      }
    }
    await next()
  }
}
