/**
 * Browser test of the governance page (Debian Chromium): the tasks board with its status counts, a task's
 * page with its history and the ETA form, the owners and rules views — over a real SQLite store served by
 * startServer in the open loopback mode (the local user may edit).
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { applyGovernanceRulesText } from '../../src/governance/governance-service.js'
import type { GovernanceTask } from '../../src/model/governance.js'
import { writeEstate } from '../../src/server/__fixtures__/small-estate.js'
import type { Store } from '../../src/store/store.js'
import { browserSuite, openBrowserHarness } from './browser-harness.js'
import type { BrowserHarness, Served } from './browser-harness.js'

const { suite, title } = browserSuite('browser governance')

const task = (name: string, overrides: Partial<GovernanceTask>): GovernanceTask => ({
  id: `aws-s3-bucket-default-encryption|arn:aws:s3:::${name}`,
  status: 'on-time',
  owner: 'team-data@x.example',
  dueDate: '2999-01-31',
  eta: null,
  finding: { id: `aws-s3-bucket-default-encryption|arn:aws:s3:::${name}`, ruleId: 'aws-s3-bucket-default-encryption', title: 'S3 buckets encrypt data at rest', severity: 'high', risk: 'high' },
  resource: { id: `arn:aws:s3:::${name}`, name, kind: 'aws.s3.bucket', scope: 'aws://accounts/111122223333' },
  governanceRuleId: 'high-in-14-days',
  gracePeriod: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  completedAt: null,
  ...overrides,
})

async function fill(store: Store): Promise<void> {
  await writeEstate(store, { id: 'gov-1', createdAt: '2026-03-01T09:30:00.000Z', extraBuckets: 5 })
  const rules = { rules: [{ id: 'high-in-14-days', name: 'High findings within two weeks', priority: 2, conditions: { severities: ['high'] }, owner: { tag: 'owner' }, timeframe: 14, gracePeriod: true }] }
  await applyGovernanceRulesText(store, JSON.stringify(rules), 'rules.json', { now: new Date('2026-03-01T10:00:00.000Z') })
  await store.governance.saveTasks(
    [task('late-logs', { dueDate: '2001-01-15' }), task('fresh-media', {}), task('orphan-tmp', { owner: null, dueDate: null, status: 'unassigned' })],
    [{ taskId: task('late-logs', {}).id, at: '2026-01-01T00:00:00.000Z', actor: 'skyhound scan', field: 'created', from: null, to: 'on-time', reason: 'governance rule high-in-14-days' }],
  )
}

suite(title, () => {
  let harness: BrowserHarness
  let served: Served
  const base = (): string => served.server.url.replace(/\/$/, '')

  beforeAll(async () => {
    harness = await openBrowserHarness('skyhound-browser-governance-')
    served = await harness.serveStore({ file: 'governance.db', fill })
  }, 180_000)

  afterAll(async () => {
    await harness?.close()
  })

  it('shows the board by status, a task with its history, takes an ETA, and lists owners and rules', async () => {
    const page = await harness.newPage()
    await page.goto(`${base()}/governance`)
    await page.getByRole('heading', { level: 1, name: 'Governance' }).waitFor()
    const board = page.getByRole('table', { name: 'Governance tasks' })
    await board.waitFor()
    expect(await board.innerText()).toContain('late-logs')
    expect(await board.innerText()).not.toContain('fresh-media')
    expect(await page.locator('.stats-row').innerText()).toMatch(/1\s+Overdue[\s\S]*1\s+On time[\s\S]*1\s+Unassigned/)
    await harness.shot(page, 'governance')

    await page.getByRole('tab', { name: 'On time' }).click()
    await expect.poll(() => board.innerText()).toContain('fresh-media')

    await page.goto(`${base()}/governance?status=overdue`)
    await page.getByRole('link', { name: 'S3 buckets encrypt data at rest' }).click()
    await page.getByRole('heading', { level: 2, name: 'History' }).waitFor()
    expect(await page.getByRole('table', { name: 'Task history' }).innerText()).toContain('governance rule high-in-14-days')
    await page.getByLabel('Expected completion').fill('2999-01-20')
    await page.getByLabel('Justification').fill('vendor patch first')
    await page.getByRole('button', { name: 'Save' }).first().click()
    await expect.poll(() => page.getByRole('table', { name: 'Task history' }).innerText()).toContain('vendor patch first')
    expect((await served.store.governance.getTask(task('late-logs', {}).id))?.eta).toMatchObject({ date: '2999-01-20', by: 'local user' })
    await harness.shot(page, 'governance-task')

    await page.goto(`${base()}/governance?view=owners`)
    const owners = page.getByRole('table', { name: 'Owners' })
    await owners.waitFor()
    expect(await owners.innerText()).toMatch(/team-data@x\.example\s+2\s+1\s+1 high/)
    await page.goto(`${base()}/governance?view=rules`)
    const rules = page.getByRole('table', { name: 'Governance rules' })
    await rules.waitFor()
    expect(await rules.innerText()).toContain('High findings within two weeks')
    await page.close()
    expect(harness.problems).toEqual([])
  }, 120_000)
})
