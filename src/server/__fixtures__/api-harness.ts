/**
 * Test harness for the HTTP API: a real SQLite store in a temp folder holding the small estate, one
 * token per role, and the app under `app.request()`. Nothing of ours is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { ROLES } from '../../store/auth-store.js'
import type { Role } from '../../store/auth-store.js'
import { openSqliteStore } from '../../store/sqlite/index.js'
import type { Store } from '../../store/store.js'
import { createApp } from '../app.js'
import type { CreateAppOptions } from '../app.js'
import { createApiToken } from '../auth/token-service.js'
import { createGraphSource } from '../graph-source.js'
import type { GraphSource } from '../graph-source.js'
import { writeEstate } from './small-estate.js'

export type Caller = Role | 'anonymous'

export interface RequestOptions {
  readonly as?: Caller
  readonly method?: string
  readonly json?: unknown
  readonly body?: string
  readonly headers?: Record<string, string>
}

export interface Harness {
  readonly store: Store
  readonly graphs: GraphSource
  readonly app: ReturnType<typeof createApp>
  readonly tokens: Readonly<Record<Role, string>>
  readonly tokenIds: Readonly<Record<Role, string>>
  request(path: string, options?: RequestOptions): Promise<Response>
  json<T = unknown>(path: string, options?: RequestOptions): Promise<T>
  close(): Promise<void>
}

export interface HarnessOptions extends Partial<Pick<CreateAppOptions, 'rateLimit' | 'bodyLimitBytes'>> {
  /** No tokens and not required: the open loopback mode. */
  readonly open?: boolean
  /** Snapshots written before the app starts, oldest first. */
  readonly snapshots?: readonly { readonly id: string; readonly createdAt: string; readonly extraBuckets?: number }[]
}

export const DEFAULT_SNAPSHOTS = [{ id: 'snap-1', createdAt: '2026-03-01T10:00:00.000Z', extraBuckets: 60 }]

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'skyhound-api-'))
  const store = await openSqliteStore({ file: join(dir, 'skyhound.db') })
  for (const snapshot of options.snapshots ?? DEFAULT_SNAPSHOTS) await writeEstate(store, snapshot)
  const tokens: Partial<Record<Role, string>> = {}
  const tokenIds: Partial<Record<Role, string>> = {}
  if (!options.open) {
    for (const role of ROLES) {
      const created = await createApiToken(store.auth, { name: `${role} token`, role })
      tokens[role] = created.token
      tokenIds[role] = created.id
    }
  }
  const graphs = createGraphSource(store)
  const app = createApp({
    store,
    graphSource: graphs,
    auth: { tokens: store.auth, required: !options.open },
    webRoot: false,
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
  })
  const request = (path: string, init: RequestOptions = {}): Promise<Response> => {
    const caller = init.as ?? 'viewer'
    const headers: Record<string, string> = { ...init.headers }
    if (caller !== 'anonymous' && tokens[caller] !== undefined) headers['Authorization'] = `Bearer ${tokens[caller]}`
    let body = init.body
    if (init.json !== undefined) {
      body = JSON.stringify(init.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return Promise.resolve(
      app.request(`http://127.0.0.1${path}`, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) }),
    )
  }
  return {
    store,
    graphs,
    app,
    tokens: tokens as Record<Role, string>,
    tokenIds: tokenIds as Record<Role, string>,
    request,
    async json<T>(path: string, init?: RequestOptions): Promise<T> {
      const response = await request(path, init)
      expect(response.status, await response.clone().text()).toBe(200)
      return (await response.json()) as T
    },
    async close() {
      graphs.close()
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface ProblemJson {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly code: string
  readonly instance: string
  readonly hint?: string
  readonly requestId?: string
  readonly errors?: { path: string; message: string }[]
}

/** Asserts an RFC 9457 problem response with `status` and no trace of a stack, and returns it. */
export async function expectProblem(response: Response, status: number): Promise<ProblemJson> {
  const text = await response.text()
  expect(response.status, text).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/src\/|stack/i)
  const problem = JSON.parse(text) as ProblemJson
  expect(problem).toMatchObject({ status, type: expect.stringMatching(/^urn:skyhound:problem:/) })
  expect(typeof problem.title).toBe('string')
  expect(typeof problem.detail).toBe('string')
  return problem
}
