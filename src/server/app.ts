/**
 * @module The HTTP application: `/api/v1` routes (OpenAPI 3.1 document generated from the same zod
 * schemas that validate input), problem+json errors, token auth with roles, audit of writes, security
 * headers, body and rate limits, and the built dashboard for every other path.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { pino } from 'pino'
import type { Logger } from 'pino'
import type { Store } from '../store/store.js'
import type { AppEnv } from './app-env.js'
import { AuthGate } from './auth/auth-gate.js'
import type { AuthOptions } from './auth/auth-gate.js'
import type { GraphSource } from './graph-source.js'
import { auditWrites } from './middleware/audit.js'
import { authenticate } from './middleware/authenticate.js'
import { loopbackGuard } from './middleware/loopback-guard.js'
import { rateLimit } from './middleware/rate-limit-middleware.js'
import { DEFAULT_RATE_LIMIT, RateLimiter } from './middleware/rate-limit.js'
import type { RateLimitOptions } from './middleware/rate-limit.js'
import { requestContext } from './middleware/request-context.js'
import { securityHeaders } from './middleware/security-headers.js'
import { ApiProblem, problemOf, problemResponse } from './problem.js'
import { attackPathRoutes } from './routes/attack-paths.js'
import { auditRoutes } from './routes/audit.js'
import { exemptionRoutes } from './routes/exemptions.js'
import { explorerRoutes } from './routes/explorer.js'
import { exportRoutes } from './routes/exports.js'
import { findingRoutes } from './routes/findings.js'
import { governanceRoutes } from './routes/governance.js'
import { healthRoutes } from './routes/health.js'
import { inventoryRoutes } from './routes/inventory.js'
import { meRoutes } from './routes/me.js'
import { newRouter } from './routes/router.js'
import { nodeRoutes } from './routes/nodes.js'
import { overviewRoutes } from './routes/overview.js'
import { recommendationRoutes } from './routes/recommendations.js'
import { ruleRoutes } from './routes/rules.js'
import { scoreRoutes } from './routes/score.js'
import { snapshotRoutes } from './routes/snapshots.js'
import { tokenRoutes } from './routes/tokens.js'
import type { ServerDeps } from './server-deps.js'
import { dashboard } from './static-files.js'
import { SERVER_VERSION } from './version.js'

export const API_BASE = '/api/v1'
export const DEFAULT_BODY_LIMIT = 1024 * 1024

export interface CreateAppOptions {
  readonly store: Store
  readonly graphSource: GraphSource
  /** Token store and policy, or a gate shared with the caller (start-server logs its mode). */
  readonly auth: AuthOptions | AuthGate
  readonly logger?: Logger
  readonly rateLimit?: RateLimitOptions
  readonly bodyLimitBytes?: number
  /** Folder of the built dashboard; false serves the API only. */
  readonly webRoot?: string | false
}

function apiRoutes(deps: ServerDeps) {
  const api = newRouter()
    .route('/health', healthRoutes(deps))
    .route('/me', meRoutes(deps))
    .route('/snapshots', snapshotRoutes(deps))
    .route('/inventory', inventoryRoutes(deps))
    .route('/nodes', nodeRoutes(deps))
    .route('/tokens', tokenRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/attack-paths', attackPathRoutes(deps))
    .route('/explorer', explorerRoutes(deps))
    .route('/overview', overviewRoutes(deps))
    .route('/findings', findingRoutes(deps))
    .route('/recommendations', recommendationRoutes(deps))
    .route('/rules', ruleRoutes(deps))
    .route('/score', scoreRoutes(deps))
    .route('/exemptions', exemptionRoutes(deps))
    .route('/exports', exportRoutes(deps))
    .route('/governance', governanceRoutes(deps))
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `skyhound tokens create` (`skh_…`). Not needed on an open loopback server.',
  })
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Skyhound API',
      version: SERVER_VERSION,
      description: 'Cloud security posture across AWS, Azure, GCP and Kubernetes. Errors are RFC 9457 problem+json.',
    },
    servers: [{ url: API_BASE }],
  })
  return api
}

export function createApp(options: CreateAppOptions) {
  const logger = options.logger ?? pino({ level: 'silent' })
  const gate = options.auth instanceof AuthGate ? options.auth : new AuthGate(options.auth)
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT)
  const deps: ServerDeps = { store: options.store, graphs: options.graphSource, gate, logger }

  const app = new OpenAPIHono<AppEnv>()
  app.use('*', requestId())
  app.use('*', requestContext(logger))
  app.use('*', securityHeaders())
  app.use(`${API_BASE}/*`, async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
      onError: () => {
        throw new ApiProblem('HTTP_PAYLOAD_TOO_LARGE', `request bodies are limited to ${options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT} bytes`)
      },
    }),
  )
  app.use('/api/*', auditWrites(gate.tokens))
  app.use('/api/*', loopbackGuard(gate))
  app.use('/api/*', authenticate(gate, limiter))
  app.use('/api/*', rateLimit(limiter))
  const routed = app.route(API_BASE, apiRoutes(deps))

  app.onError((error, c) => {
    const problem = problemOf(error, c.req.path, c.get('requestId'))
    const log = c.get('log') ?? logger
    if (problem.status >= 500) log.error({ err: error, path: c.req.path }, 'request failed')
    return problemResponse(c, problem, error instanceof ApiProblem ? error.headers : {})
  })
  app.notFound((c) =>
    problemResponse(c, problemOf(new ApiProblem('HTTP_NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), c.req.path, c.get('requestId'))),
  )
  if (options.webRoot !== false) app.use('*', dashboard(options.webRoot))
  return routed
}

export type AppType = ReturnType<typeof createApp>
