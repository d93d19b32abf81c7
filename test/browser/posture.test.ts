/**
 * Browser tests of the posture pages (overview, recommendations and a recommendation's detail, secure
 * score) in Debian Chromium over two scanned demo snapshots. Screenshots go to test-artifacts/; the main
 * ones are copied to docs/screenshots/.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { writeDemoSnapshot } from '../../src/server/__fixtures__/demo-store.js'
import { browserSuite, openBrowserHarness } from './browser-harness.js'
import type { BrowserHarness, Served } from './browser-harness.js'

const { suite, title } = browserSuite('browser posture pages')

suite(title, () => {
  let harness: BrowserHarness
  let open: Served

  beforeAll(async () => {
    harness = await openBrowserHarness('skyhound-posture-')
    open = await harness.serveStore({
      file: 'posture.db',
      fill: async (store) => {
        await writeDemoSnapshot(store, { snapshotId: 'demo-old', createdAt: '2026-03-01T09:00:00.000Z', seed: 2 })
        await writeDemoSnapshot(store, { snapshotId: 'demo-new', createdAt: '2026-03-08T09:00:00.000Z' })
      },
    })
  }, 240_000)

  afterAll(async () => {
    await harness?.close()
  })

  const url = (path: string) => new URL(path, open.server.url).toString()

  async function overview(page: Page): Promise<void> {
    await page.goto(open.server.url)
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    await page.getByRole('img', { name: /Secure score over snapshots: 2 snapshots/ }).waitFor()
  }

  it('opens the overview with the score trend, attack path nodes, tasks and coverage per cloud', async () => {
    const page = await harness.newPage()
    await overview(page)
    expect(await page.locator('.score-value').first().innerText()).toMatch(/^\d+%$/)
    const coverage = page.getByRole('list', { name: 'Coverage by cloud' })
    await coverage.waitFor()
    const text = await coverage.innerText()
    for (const cloud of ['AWS', 'Azure', 'Google Cloud', 'Kubernetes']) expect(text).toContain(cloud)
    expect(text).toMatch(/\d+ unhealthy/)
    if ((await page.locator('#path-nodes').count()) > 0) {
      expect(await page.getByRole('list', { name: 'Entry points' }).getByRole('link').count()).toBeGreaterThan(0)
    }
    await harness.shot(page, 'overview-posture')
    await page.close()
    const dark = await harness.newPage('dark')
    await overview(dark)
    await harness.shot(dark, 'overview-posture-dark', false)
    await dark.close()
    expect(harness.problems).toEqual([])
  })

  it('lists recommendations by control with score impact, filters them, and lists resources by risk', async () => {
    const page = await harness.newPage()
    await page.goto(open.server.url)
    await page.getByRole('link', { name: 'Recommendations' }).click()
    await page.getByRole('heading', { level: 1, name: 'Recommendations' }).waitFor()
    const groups = page.locator('details.control-group')
    await groups.first().waitFor()
    expect(await groups.count()).toBeGreaterThan(2)
    const impacts = await page.locator('details.control-group > summary .impact').allInnerTexts()
    const values = impacts.map((t) => Number(t.replace('+', '')))
    expect(values).toEqual([...values].sort((a, b) => b - a))
    await harness.shot(page, 'recommendations', false)

    await page.getByLabel('Cloud').selectOption('aws')
    await page.waitForURL(/provider=aws/)
    await expect.poll(() => page.locator('table .cloud').allInnerTexts()).not.toContain('Azure')
    expect(new Set(await page.locator('table .cloud').allInnerTexts())).toEqual(new Set(['AWS']))

    await page.getByRole('tab', { name: 'By resource' }).click()
    await page.getByText(/unhealthy resources?, highest risk first/).waitFor()
    const firstResource = page.getByRole('table').getByRole('link').first()
    expect(await firstResource.innerText()).not.toBe('')
    await harness.shot(page, 'recommendations-by-resource', false)
    await page.close()
    expect(harness.problems).toEqual([])
  })

  it('opens the secure score page with controls, a scope and the history', async () => {
    const page = await harness.newPage()
    await page.goto(open.server.url)
    await page.getByRole('link', { name: 'Secure score' }).click()
    await page.getByRole('heading', { level: 1, name: 'Secure score' }).waitFor()
    const controls = page.locator('#controls table')
    await controls.waitFor()
    expect(await controls.getByRole('row').count()).toBeGreaterThan(3)
    await page.getByRole('img', { name: /Secure score over snapshots: 2 snapshots/ }).waitFor()
    expect(await page.locator('#history table').innerText()).toContain('demo-old')
    await harness.shot(page, 'secure-score')

    await page.getByRole('combobox', { name: /^Scope/ }).selectOption('provider:aws')
    await page.waitForURL(/scope=provider%3Aaws/)
    await page.getByText('score of provider:aws').waitFor()
    await page.getByLabel('Or a selector').fill('tag:nope')
    await page.getByRole('button', { name: 'Score' }).click()
    await page.getByRole('alert').waitFor()
    expect(await page.getByRole('alert').innerText()).toContain('tag:nope')
    await page.close()
    // The refused selector is the only console error: the browser logs the 400 it asked for.
    expect(harness.problems.every((p) => p.includes('400'))).toBe(true)
    harness.problems.length = 0
  })

  it("opens a recommendation's detail with affected resources per status and exempts one resource", async () => {
    const page = await harness.newPage()
    await page.goto(url('/recommendations'))
    const first = page.locator('details.control-group table a').first()
    await first.waitFor()
    const name = await first.innerText()
    await first.click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
    const unhealthyTab = page.getByRole('tab', { name: /^Unhealthy \(\d+\)$/ })
    await unhealthyTab.waitFor()
    const before = Number(/\((\d+)\)/.exec(await unhealthyTab.innerText())![1])
    expect(before).toBeGreaterThan(0)
    expect(await page.locator('#remediation').innerText()).not.toBe('')
    await harness.shot(page, 'recommendation-detail')

    await page.getByRole('tab', { name: /^Healthy/ }).click()
    await page.waitForURL(/status=healthy/)
    await page.getByRole('tab', { name: /^Unhealthy/ }).click()
    await page.waitForURL(/status=unhealthy/)

    const row = page.getByRole('tabpanel').getByRole('row').nth(1)
    const resource = await row.getByRole('link').first().innerText()
    await row.getByRole('button', { name: `Exempt ${resource}` }).click()
    await page.getByLabel('Justification').fill('Behind the corporate WAF (ticket SEC-42)')
    await page.getByRole('button', { name: 'Exempt', exact: true }).click()
    await page.getByRole('status').filter({ hasText: 'Exemption created' }).waitFor()
    await page.getByRole('tab', { name: `Unhealthy (${before - 1})` }).waitFor()
    await page.getByRole('tab', { name: 'Exempted (1)' }).click()
    // The previous tab's rows stay (aria-busy) until the exempted page arrives.
    await expect.poll(() => page.getByRole('tabpanel').innerText()).toContain(resource)

    // The exemption is listed on the secure score page, and revoking it there puts the finding back.
    await page.getByRole('link', { name: 'Secure score' }).click()
    const exemptions = page.locator('#exemptions')
    await exemptions.getByRole('button', { name: /^Revoke / }).waitFor()
    expect(await exemptions.innerText()).toContain('Behind the corporate WAF (ticket SEC-42)')
    await harness.shot(page, 'secure-score-exemptions')
    await exemptions.getByRole('button', { name: /^Revoke / }).click()
    await exemptions.getByText('No exemption in force').waitFor()
    await page.goBack()
    await page.getByRole('tab', { name: `Unhealthy (${before})` }).waitFor()
    await page.close()
    expect(harness.problems).toEqual([])
  })

  it('reaches the recommendation tabs and filters by keyboard', async () => {
    const page = await harness.newPage()
    await page.goto(url('/recommendations'))
    await page.locator('details.control-group').first().waitFor()
    await page.getByRole('tab', { name: 'By control' }).focus()
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(/view=resource/)
    await page.getByText(/highest risk first/).waitFor()
    await page.getByLabel('Cloud').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.closest('label')?.textContent ?? ''")).toContain('Severity')
    await page.close()
  })
})
