/**
 * @module Serves the built dashboard (`vite build web` → dist/web). Unknown paths that are not API or
 * asset paths get index.html, so the dashboard's own routes (/inventory, /resource?id=…) load directly.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.js'

/** dist/web, found from src/server (tsx) and dist/server (compiled) alike: both sit two levels down. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url))

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skyhound</title></head>
<body><h1>Skyhound</h1><p>The API is running under <a href="/api/v1/health">/api/v1/health</a>, but the
dashboard is not built. Run <code>npm run build:web</code> (or <code>npm run build</code>) and reload.</p></body></html>
`

export function dashboard(webRoot: string = DEFAULT_WEB_ROOT): MiddlewareHandler<AppEnv> {
  const index = join(webRoot, 'index.html')
  // Made on first use once the build exists: serveStatic complains on stderr about a missing root.
  let handlers: { assets: MiddlewareHandler<AppEnv>; page: MiddlewareHandler<AppEnv> } | undefined
  const serve = () =>
    (handlers ??= {
      assets: serveStatic<AppEnv>({
        root: webRoot,
        onFound: (path, c) => {
          c.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
        },
      }),
      page: serveStatic<AppEnv>({
        path: index,
        onFound: (_path, c) => {
          c.header('Cache-Control', 'no-cache')
        },
      }),
    })
  return async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next()
    if (!existsSync(index)) return c.html(NOT_BUILT, 200)
    const { assets, page } = serve()
    const served = await assets(c, () => Promise.resolve())
    if (served instanceof Response) return served
    // A missing asset is a 404, not the dashboard page.
    if (c.req.path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(c.req.path)) return next()
    const fallback = await page(c, next)
    return fallback instanceof Response ? fallback : next()
  }
}
