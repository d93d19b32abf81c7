import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { writeEstate } from './__fixtures__/small-estate.js'
import { createApiToken } from './auth/token-service.js'
import { startServer } from './start-server.js'

describe('server/start-server', () => {
  let dir: string
  let store: Store

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skyhound-serve-'))
    store = await openSqliteStore({ file: join(dir, 'skyhound.db') })
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
  })
  afterEach(async () => {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the API and the dashboard over HTTP on a free port and closes cleanly', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>')
    const server = await startServer({ store, port: 0, webRoot: dir })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const health = (await (await fetch(new URL('api/v1/health', server.url))).json()) as { auth: string }
      expect(health.auth).toBe('open')
      const inventory = (await (await fetch(new URL('api/v1/inventory?limit=1', server.url))).json()) as { snapshot: { id: string } }
      expect(inventory.snapshot.id).toBe('snap-1')
      expect(await (await fetch(new URL('resource?id=x', server.url))).text()).toContain('dash')
    } finally {
      await server.close()
    }
    await expect(fetch(new URL('api/v1/health', server.url))).rejects.toThrow()
  })

  it('notices a newer snapshot without a restart', async () => {
    const server = await startServer({ store, port: 0, webRoot: false, pollIntervalMs: 50 })
    try {
      const latest = async () =>
        ((await (await fetch(new URL('api/v1/inventory?limit=1', server.url))).json()) as { snapshot: { id: string } }).snapshot.id
      expect(await latest()).toBe('snap-1')
      await writeEstate(store, { id: 'snap-2', createdAt: '2026-01-02T00:00:00.000Z' })
      await expect.poll(latest, { timeout: 5_000, interval: 60 }).toBe('snap-2')
    } finally {
      await server.close()
    }
  })

  it('refuses a non-loopback address while no token exists, and requires tokens there once one does', async () => {
    await expect(startServer({ store, host: '0.0.0.0', port: 0, webRoot: false })).rejects.toMatchObject({
      code: 'SKY_USAGE',
      hint: expect.stringContaining('skyhound tokens create'),
    })
    const { token } = await createApiToken(store.auth, { name: 'ops', role: 'viewer' })
    const server = await startServer({ store, host: '0.0.0.0', port: 0, webRoot: false })
    try {
      const base = server.url.replace('0.0.0.0', '127.0.0.1')
      expect((await fetch(new URL('api/v1/snapshots', base))).status).toBe(401)
      const ok = await fetch(new URL('api/v1/snapshots', base), { headers: { Authorization: `Bearer ${token}` } })
      expect(ok.status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('reports a port in use as a usage error', async () => {
    const first = await startServer({ store, port: 0, webRoot: false })
    try {
      await expect(startServer({ store, port: first.port, webRoot: false })).rejects.toMatchObject({ code: 'SKY_USAGE' })
    } finally {
      await first.close()
    }
  })
})
