/**
 * Shared setup of the browser tests (Debian Chromium through playwright-core): find Chromium, build the
 * dashboard once into a temp folder, serve a store with startServer, open pages that collect console
 * errors, and write screenshots to test-artifacts/. Each test file owns one harness (beforeAll/afterAll).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page } from 'playwright-core'
import { build } from 'vite'
import { describe } from 'vitest'
import { createApiToken } from '../../src/server/auth/token-service.js'
import { startServer } from '../../src/server/start-server.js'
import type { RunningServer } from '../../src/server/start-server.js'
import type { Role } from '../../src/store/auth-store.js'
import { openSqliteStore } from '../../src/store/sqlite/index.js'
import type { Store } from '../../src/store/store.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const ARTIFACTS = join(ROOT, 'test-artifacts')
export const CHROMIUM: string | undefined =
  process.env['SKYHOUND_TEST_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** `describe`, or `describe.skip` with a how-to title when no Chromium is installed. */
export function browserSuite(name: string): { readonly suite: typeof describe; readonly title: string } {
  if (CHROMIUM === undefined) {
    return {
      suite: describe.skip as typeof describe,
      title: `${name} (install Debian chromium (apt-get install chromium) or set SKYHOUND_TEST_CHROMIUM to run browser tests)`,
    }
  }
  return { suite: describe, title: name }
}

export interface Served {
  readonly store: Store
  readonly server: RunningServer
  /** Set when the store was given a token (`serveStore({ tokenRole })`). */
  readonly token?: string
}

export interface ServeOptions {
  /** SQLite file inside the harness folder. */
  readonly file: string
  /** Fills the fresh store before the server starts (writes snapshots). */
  readonly fill: (store: Store) => Promise<void>
  /** Creates an API token with this role, which makes the server require tokens. */
  readonly tokenRole?: Role
}

export interface BrowserHarness {
  readonly dir: string
  readonly webRoot: string
  readonly context: BrowserContext
  /** Console errors and page errors seen by pages from `newPage` (401s before sign-in are expected). */
  readonly problems: string[]
  serveStore(options: ServeOptions): Promise<Served>
  newPage(colorScheme?: 'light' | 'dark'): Promise<Page>
  /** Long tables are cut at the viewport when `fullPage` is false: the page as a user first sees it. */
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>
  close(): Promise<void>
}

/** Builds the dashboard into a temp folder and launches Chromium at 1280×800. */
export async function openBrowserHarness(prefix = 'skyhound-browser-'): Promise<BrowserHarness> {
  if (CHROMIUM === undefined) throw new Error('no Chromium: guard the suite with browserSuite()')
  mkdirSync(ARTIFACTS, { recursive: true })
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const webRoot = join(dir, 'web')
  await build({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webRoot, emptyOutDir: true, sourcemap: false },
  })
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
  })
  const problems: string[] = []
  const served: Served[] = []
  return {
    dir,
    webRoot,
    context,
    problems,
    async serveStore(options) {
      const store = await openSqliteStore({ file: join(dir, options.file) })
      await options.fill(store)
      const token =
        options.tokenRole === undefined
          ? undefined
          : (await createApiToken(store.auth, { name: 'browser', role: options.tokenRole })).token
      const server = await startServer({ store, port: 0, webRoot })
      const entry: Served = { store, server, ...(token === undefined ? {} : { token }) }
      served.push(entry)
      return entry
    },
    async newPage(colorScheme = 'light') {
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme })
      page.on('console', (message) => {
        // A 401 before signing in is the expected way the dashboard learns it needs a token.
        if (message.type() === 'error' && !message.text().includes('401')) problems.push(message.text())
      })
      page.on('pageerror', (error) => problems.push(error.message))
      return page
    },
    async shot(page, name, fullPage = true) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage })
    },
    async close() {
      await context.close()
      for (const entry of served) {
        await entry.server.close()
        await entry.store.close()
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
