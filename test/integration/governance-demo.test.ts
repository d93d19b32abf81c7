/**
 * Governance on the demo estate over simulated days (the scan clock is the injectable clock): tasks start
 * on time, turn overdue the day after their due date, and complete once the finding is fixed in the
 * exports; the grace period keeps the score unchanged until a due date passes. The CLI is exercised on
 * the same store (tasks, report, ETA, due-date move, rejected rules files).
 */
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises'
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_GOVERNANCE_RULES_FILE } from '../../src/demo/demo-governance-rules.js'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import { applyGovernanceRulesFile } from '../../src/governance/governance-service.js'
import type { GovernanceTask } from '../../src/model/governance.js'
import { loadPostureSnapshot } from '../../src/report/posture-snapshot.js'
import { persistScan } from '../../src/scan/persist.js'
import { scan } from '../../src/scan/pipeline.js'
import { computeScoreReport } from '../../src/score/compute-secure-score.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { runCli } from '../helpers/cli-run.js'

const DAY0 = Date.parse('2026-03-02T08:00:00.000Z')
const day = (n: number): Date => new Date(DAY0 + n * 86_400_000)
const IMDS = 'aws-ec2-instance-imdsv2-required'

function configSnapshotOf(dir: string): string {
  const root = join(dir, 'aws', 'AWSLogs', '111122223333', 'Config', 'eu-west-1')
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]))
  return walk(root).find((f) => f.endsWith('.json.gz'))!
}

/** The owner fixes web-legacy-01: IMDSv2 required in the next AWS Config snapshot. */
async function requireImdsV2(dir: string, name: string): Promise<void> {
  const file = configSnapshotOf(dir)
  const doc = JSON.parse(gunzipSync(await readFile(file)).toString('utf8')) as { configurationItems: { resourceType: string; resourceName?: string; tags?: Record<string, string>; configuration: { metadataOptions?: { httpTokens: string } } }[] }
  const item = doc.configurationItems.find((i) => i.resourceType === 'AWS::EC2::Instance' && (i.resourceName === name || i.tags?.['Name'] === name))!
  item.configuration.metadataOptions!.httpTokens = 'required'
  await writeFile(file, gzipSync(JSON.stringify(doc)))
}

describe('governance on the demo estate over simulated days', () => {
  let dir: string
  let db: string
  let store: Store
  const scanAt = async (n: number): Promise<number> => {
    const result = await scan({ paths: [join(dir, 'estate')], now: day(n), snapshotId: `snap-day-${n}` })
    await persistScan(store, result)
    return result.secureScore!.percentage
  }
  const scoreAt = async (n: number, hours = 0): Promise<number> => {
    const snapshot = await loadPostureSnapshot(store, undefined, { at: new Date(day(n).getTime() + hours * 3_600_000) })
    return computeScoreReport(undefined, snapshot.exemptions.findings).percentage
  }
  const task = async (name: string): Promise<GovernanceTask> => (await store.governance.listTasks()).find((t) => t.finding.ruleId === IMDS && t.resource.name === name)!

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-governance-demo-'))
    db = join(dir, 'skyhound.db')
    await generateDemoEstate({ outDir: join(dir, 'estate') })
    store = await openStore(db)
    await applyGovernanceRulesFile(store, join(dir, 'estate', DEMO_GOVERNANCE_RULES_FILE), { now: day(0) })
  }, 120_000)

  afterAll(async () => {
    await store.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('on time → overdue → completed, and the grace period moves the score only after the due date', async () => {
    const raw0 = await scanAt(0)
    const legacy = await task('web-legacy-01')
    expect(legacy).toMatchObject({ status: 'on-time', owner: 'team-shop@ridgeline-outfitters.example', governanceRuleId: 'high-in-14-days', dueDate: '2026-03-16', gracePeriod: true })
    // Grace: the graced findings do not count yet, so the score is above the raw one.
    const graced0 = await scoreAt(0)
    expect(graced0).toBeGreaterThan(raw0)
    // Nothing changes up to the last hour of the due date…
    expect(await scoreAt(14, 15)).toBeCloseTo(graced0, 10)
    // …and the day after, the high findings (14 days) count again while the medium ones (30 days) still wait.
    const raw15 = await scanAt(15)
    expect(raw15).toBeCloseTo(raw0, 10)
    const graced15 = await scoreAt(15)
    expect(graced15).toBeLessThan(graced0)
    expect(graced15).toBeGreaterThan(raw15)
    expect((await task('web-legacy-01')).status).toBe('overdue')
    expect(await scoreAt(31)).toBeCloseTo(raw15, 10)

    await requireImdsV2(join(dir, 'estate'), 'web-legacy-01')
    await scanAt(16)
    const fixed = await task('web-legacy-01')
    expect(fixed).toMatchObject({ status: 'completed', completedAt: day(16).toISOString() })
    expect((await task('web-legacy-02')).status).toBe('overdue')
    const history = await store.governance.listChanges(fixed.id)
    expect(history.map((h) => [h.field, h.from, h.to, h.at])).toStrictEqual([
      ['created', null, 'on-time', day(0).toISOString()],
      ['status', 'on-time', 'overdue', day(15).toISOString()],
      ['status', 'overdue', 'completed', day(16).toISOString()],
    ])
    expect(history.at(-1)!.reason).toBe('finding healthy')
  }, 120_000)

  it('the CLI lists tasks, reports by owner, takes an ETA and an admin due-date move, and refuses a bad rules file', async () => {
    const cli = (...args: string[]) => runCli(['--db', db, ...args])
    const at = ['--at', day(16).toISOString()]
    const tasks = JSON.parse((await cli('--json', 'governance', 'tasks', '--status', 'overdue', ...at)).stdout) as { tasks: GovernanceTask[] }
    expect(tasks.tasks.length).toBeGreaterThan(0)
    for (const t of tasks.tasks) {
      expect(t.status).toBe('overdue')
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['status', 'owner', 'dueDate', 'eta', 'finding', 'resource']))
    }

    const report = JSON.parse((await cli('--json', 'governance', 'report', ...at)).stdout) as { owners: { owner: string | null; open: number; overdue: number; completed: number; bySeverity: Record<string, { open: number }> }[]; rules: unknown[]; scopes: unknown[] }
    const shop = report.owners.find((o) => o.owner === 'team-shop@ridgeline-outfitters.example')!
    expect(shop.completed).toBe(1)
    expect(shop.overdue).toBeGreaterThan(0)
    expect(Object.values(shop.bySeverity).reduce((n, s) => n + s.open, 0)).toBe(shop.open)
    expect(report.rules.length).toBe(4)
    expect(report.scopes.length).toBeGreaterThan(3)
    const csv = (await cli('governance', 'report', '--csv', ...at)).stdout
    expect(csv.split('\r\n')[0]).toBe('dimension,key,open,on_time,overdue,unassigned,completed,mean_days_to_remediate,low_open,low_overdue,medium_open,medium_overdue,high_open,high_overdue,critical_open,critical_overdue')

    const legacy2 = (await task('web-legacy-02')).id
    const noReason = await cli('governance', 'eta', legacy2, '--date', '2026-04-01', ...at)
    expect(noReason.code).toBe(2)
    expect(noReason.stderr).toMatch(/needs --justification/)
    expect((await cli('governance', 'eta', legacy2, '--date', '2026-04-01', '--justification', 'needs a maintenance window', '--by', 'owner', ...at)).code).toBe(0)
    expect(await task('web-legacy-02')).toMatchObject({ status: 'overdue', dueDate: '2026-03-16', eta: { date: '2026-04-01', justification: 'needs a maintenance window', by: 'owner' } })
    const moved = await cli('governance', 'due-date', legacy2, '--date', '2026-04-15', '--reason', 'agreed with the CISO', '--by', 'admin', ...at)
    expect(moved.code).toBe(0)
    expect(await task('web-legacy-02')).toMatchObject({ status: 'on-time', dueDate: '2026-04-15' })
    const shown = JSON.parse((await cli('--json', 'governance', 'show', legacy2, ...at)).stdout) as { history: { field: string; actor: string; reason: string | null }[] }
    expect(shown.history.slice(-3).map((h) => [h.field, h.actor, h.reason])).toStrictEqual([
      ['eta', 'owner', 'needs a maintenance window'],
      ['dueDate', 'admin', 'agreed with the CISO'],
      ['status', 'admin', 'due date moved'],
    ])

    const synced = JSON.parse((await cli('--json', 'governance', 'sync', ...at)).stdout) as { snapshot: string; created: number; completed: number; open: number }
    expect(synced).toMatchObject({ snapshot: 'snap-day-16', created: 0, completed: 0 })
    expect(synced.open).toBe(report.owners.reduce((n, o) => n + o.open, 0))

    const rulesBefore = (await cli('--json', 'governance', 'rules')).stdout
    const bad = join(dir, 'bad.yaml')
    await writeFile(bad, (await readFile(join(dir, 'estate', DEMO_GOVERNANCE_RULES_FILE), 'utf8')).replace('timeframe: 14', 'timeframe: 21'))
    const refused = await cli('governance', 'apply', bad)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/bad\.yaml:\d+:\d+: rules\[1\]\.timeframe: timeframe must be one of 7, 14, 30, 90/)
    expect((await cli('--json', 'governance', 'rules')).stdout).toBe(rulesBefore)
  }, 120_000)
})
