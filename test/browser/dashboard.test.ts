/**
 * Browser tests of the dashboard in Debian Chromium (playwright-core): the built dashboard served by
 * startServer over a real SQLite store. Screenshots go to test-artifacts/ (the main ones are copied to
 * docs/screenshots/ by hand when the UI changes).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { WEB_VM, writeEstate } from '../../src/server/__fixtures__/small-estate.js'
import { browserSuite, openBrowserHarness } from './browser-harness.js'
import type { BrowserHarness, Served } from './browser-harness.js'

const { suite, title } = browserSuite('browser dashboard')

function serveEstate(harness: BrowserHarness, withToken: boolean): Promise<Served> {
  return harness.serveStore({
    file: withToken ? 'tokens.db' : 'open.db',
    fill: (store) => writeEstate(store, { id: 'demo-1', createdAt: '2026-03-01T09:30:00.000Z', extraBuckets: 40 }),
    ...(withToken ? { tokenRole: 'viewer' as const } : {}),
  })
}

suite(title, () => {
  let harness: BrowserHarness
  let open: Served
  let locked: Served
  let problems: string[]

  function newPage(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    return harness.newPage(colorScheme)
  }

  function shot(page: Page, name: string, fullPage = true): Promise<void> {
    return harness.shot(page, name, fullPage)
  }

  beforeAll(async () => {
    harness = await openBrowserHarness()
    problems = harness.problems
    open = await serveEstate(harness, false)
    locked = await serveEstate(harness, true)
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('opens the overview with resource counts by cloud and the pending engines as empty states', async () => {
    const page = await newPage()
    await page.goto(open.server.url)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Overview' }).count()).toBe(1)
    const byCloud = page.getByRole('list', { name: 'Resources by cloud' })
    await byCloud.waitFor()
    expect(await byCloud.innerText()).toMatch(/AWS\s+43/)
    expect(await page.getByText('No attack path analysis in this snapshot yet').count()).toBe(1)
    expect(await page.getByText('No secure score in this snapshot yet').count()).toBe(1)
    expect(await page.getByRole('table').innerText()).toContain('record has no id')
    expect(await page.locator('.snapshot-badge').innerText()).toContain('demo-1')
    await shot(page, 'overview')
    await page.close()
    expect(problems).toEqual([])
  })

  it('opens the inventory, filters it by a facet and a search, and pages it', async () => {
    const page = await newPage()
    await page.goto(open.server.url)
    await page.getByRole('link', { name: 'Inventory' }).click()
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor()
    await page.getByText('49 resources match').waitFor()
    await page.getByRole('checkbox', { name: /AWS/ }).check()
    await page.getByText('43 resources match').waitFor()
    expect(new URL(page.url()).searchParams.getAll('provider')).toEqual(['aws'])
    expect(await page.getByRole('navigation', { name: 'Inventory pages' }).innerText()).toContain('1–43 of 43')
    await page.getByRole('checkbox', { name: /Object storage/ }).check()
    await page.getByText('41 resources match').waitFor()
    await shot(page, 'inventory', false)
    await page.getByRole('combobox', { name: /Rows per page/ }).selectOption('25')
    await page.getByRole('button', { name: 'Next ›' }).click()
    await page.getByText('26–41 of 41').waitFor()
    await page.getByRole('button', { name: 'Remove filter family: Object storage' }).click()
    await page.getByText('43 resources match').waitFor()
    await page.getByRole('link', { name: 'Clear all' }).click()
    await page.getByText('49 resources match').waitFor()
    await page.getByRole('searchbox', { name: 'Search by name or id' }).fill('web-1')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByText('1 resource matches').waitFor()
    expect(await page.getByRole('table').getByRole('link').allInnerTexts()).toEqual(['web-1'])
    await page.close()
    expect(problems).toEqual([])
  })

  it('opens a resource page with insights, tags, connections and provenance, and follows a connection', async () => {
    const page = await newPage()
    await page.goto(new URL('/inventory?q=web-1', open.server.url).toString())
    await page.getByRole('link', { name: 'web-1' }).click()
    await page.getByRole('heading', { level: 1, name: 'web-1' }).waitFor()
    expect(new URL(page.url()).searchParams.get('id')).toBe(WEB_VM)
    expect(await page.locator('#insights').innerText()).toContain('Exposed to internet')
    expect(await page.locator('#insights').innerText()).toContain('sg-0a1b2c3d allows 0.0.0.0/0 on 22')
    expect(await page.locator('#tags').innerText()).toContain('team')
    const connections = await page.locator('#connections').innerText()
    expect(connections).toContain('demo-customer-data')
    expect(connections).toContain('configurationItems[3]')
    expect(await page.locator('#provenance').innerText()).toContain('inputs/fixture.json')
    await shot(page, 'resource')
    await page.locator('#connections').getByRole('link', { name: 'demo-customer-data' }).click()
    await page.getByRole('heading', { level: 1, name: 'demo-customer-data' }).waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 1, name: 'web-1' }).waitFor()
    await page.close()
    expect(problems).toEqual([])
  })

  it('is keyboard reachable: skip link, then every navigation entry', async () => {
    const page = await newPage()
    await page.goto(open.server.url)
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    await page.keyboard.press('Tab')
    // Evaluated as strings: the Node tsconfig has no DOM types.
    const focused = () => page.evaluate<string>("document.activeElement?.textContent ?? ''")
    expect(await focused()).toContain('Skip to content')
    const reached: string[] = []
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab')
      reached.push((await focused()).trim())
    }
    for (const name of ['Overview', 'Attack paths', 'Explorer', 'Recommendations', 'Governance', 'Inventory', 'Secure score']) {
      expect(reached.some((text) => text.endsWith(name))).toBe(true)
    }
    await page.getByRole('link', { name: 'Attack paths' }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('No attack path analysis in this snapshot yet').waitFor()
    await shot(page, 'attack-paths-empty')
    await page.close()
  })

  it('renders the dark theme from prefers-color-scheme', async () => {
    const page = await newPage('dark')
    await page.goto(new URL('/inventory', open.server.url).toString())
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor()
    await page.getByRole('table').waitFor()
    const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')
    expect(background).toBe('rgb(15, 20, 27)')
    await shot(page, 'inventory-dark', false)
    await page.close()
    expect(problems).toEqual([])
  })

  it('asks for a token on a server with tokens and refuses a wrong one', async () => {
    const page = await newPage()
    await page.goto(locked.server.url)
    await page.getByRole('heading', { name: 'Sign in to Skyhound' }).waitFor()
    await page.getByLabel('API token').fill('skh_000000000000_' + 'A'.repeat(43))
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').getByText('That token was not accepted').waitFor()
    await page.getByLabel('API token').fill(locked.token!)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    expect(await page.locator('.topbar').innerText()).toContain('browser · viewer')
    await page.close()
  })
})
