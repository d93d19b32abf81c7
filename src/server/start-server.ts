/**
 * @module `startServer`: the API and dashboard on a host and port, for `skyhound serve` and
 * `skyhound demo`. Refuses a non-loopback address without API tokens, preloads the newest snapshot,
 * watches the store for newer ones, and closes gracefully.
 */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { pino } from 'pino'
import type { Logger } from 'pino'
import { SkyhoundError } from '../model/errors.js'
import type { Store } from '../store/store.js'
import { createApp } from './app.js'
import { AuthGate } from './auth/auth-gate.js'
import { createGraphSource } from './graph-source.js'
import { isLoopbackHost } from './middleware/loopback-guard.js'
import type { RateLimitOptions } from './middleware/rate-limit.js'
import { serveHeapAdvice } from './serve-heap-advice.js'

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 7420

export interface StartServerOptions {
  /** The caller keeps ownership: `close()` does not close the store. */
  readonly store: Store
  readonly host?: string
  /** 0 picks a free port. */
  readonly port?: number
  readonly logger?: Logger
  /** Built dashboard folder; false serves the API only. */
  readonly webRoot?: string | false
  /** How often the store is checked for a newer snapshot (ms). */
  readonly pollIntervalMs?: number
  readonly rateLimit?: RateLimitOptions
  /** How long `close()` waits for requests in flight before cutting connections (ms). */
  readonly shutdownGraceMs?: number
}

export interface RunningServer {
  readonly url: string
  readonly host: string
  readonly port: number
  close(): Promise<void>
}

function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? 'Another process uses that port: pass --port with another one (0 picks a free port).'
          : 'Check --host: it must be an address of this machine.'
      reject(new SkyhoundError('SKY_USAGE', `cannot listen on ${urlHost(host)}:${port}: ${error.message}`, { hint, cause: error }))
    }
    server.once('error', onError)
    server.once('listening', () => {
      server.off('error', onError)
      resolve(server.address() as AddressInfo)
    })
  })
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST
  const requestedPort = options.port ?? DEFAULT_PORT
  const logger = options.logger ?? pino({ level: 'silent' })
  const pollIntervalMs = options.pollIntervalMs ?? 5_000
  const required = !isLoopbackHost(host)
  const tokens = options.store.auth
  if (required && (await tokens.countActiveTokens()) === 0) {
    throw new SkyhoundError('SKY_USAGE', `refusing to listen on ${host} without API tokens: auth is mandatory beyond loopback`, {
      hint: 'Create one first: `skyhound tokens create --role admin --name <you>`, or serve on 127.0.0.1.',
    })
  }
  const gate = new AuthGate({ tokens, required })
  const latest = await options.store.latestSnapshotId()
  const resources = latest === undefined ? 0 : ((await options.store.getSnapshot(latest))?.resources.total ?? 0)
  const advice = serveHeapAdvice(resources)
  if (advice !== undefined) logger.warn({ resources }, advice)
  const graphs = createGraphSource(options.store, {
    checkIntervalMs: pollIntervalMs,
    onLoadStart: (id) => logger.info({ snapshot: id }, 'loading snapshot'),
    onLoaded: (loaded) =>
      logger.info({ snapshot: loaded.id, nodes: loaded.graph.nodeCount, edges: loaded.graph.edgeCount, ms: loaded.loadMs }, 'snapshot loaded'),
    onLoadFailed: (id, error) => logger.error({ snapshot: id, err: error }, 'snapshot load failed'),
  })
  const app = createApp({
    store: options.store,
    graphSource: graphs,
    auth: gate,
    logger,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
  })

  // serve() without createServer options makes a plain node:http server.
  const server = serve({ fetch: app.fetch, hostname: host, port: requestedPort, autoCleanupIncoming: true }) as Server
  let address: AddressInfo
  try {
    address = await listen(server, host, requestedPort)
  } catch (error) {
    graphs.close()
    throw error
  }
  const url = `http://${urlHost(host)}:${address.port}/`
  graphs.watch(pollIntervalMs)
  // Preload so the first page view does not wait for a large graph.
  graphs.refresh().catch(() => undefined)
  const mode = await gate.mode()
  logger.info({ url, auth: mode, store: options.store.backend }, 'listening')
  if (mode === 'open') {
    logger.warn(
      { url },
      'no API tokens exist: the server is open (every local caller is admin); create one with `skyhound tokens create` to require tokens',
    )
  }

  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      graphs.close()
      const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 5_000)
      force.unref()
      server.close(() => {
        clearTimeout(force)
        logger.info({ url }, 'stopped')
        resolve()
      })
      server.closeIdleConnections()
    })
    return closing
  }
  return { url, host, port: address.port, close }
}
