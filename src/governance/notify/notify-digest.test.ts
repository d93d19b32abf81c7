import { describe, expect, it } from 'vitest'
import { makeTask } from './__fixtures__/tasks.js'
import { renderDigest } from './digest-render.js'
import { buildDigests } from './notify-digest.js'
import type { ManagerDigest, OwnerDigest } from './notify-digest.js'
import { toDirectory } from './notify-directory.js'

const directory = toDirectory({
  owners: { 'alice@x.example': { name: 'Alice', manager: 'boss@x.example' }, payments: { manager: 'boss@x.example' }, 'dave@x.example': { manager: 'other@x.example' } },
  teams: { payments: ['bob@x.example', 'alice@x.example'] },
})
const now = new Date('2026-11-25T09:00:00Z') // a Wednesday, week 2026-W48

const tasks = [
  makeTask({ id: 'a-low', owner: 'alice@x.example', severity: 'low', dueDate: '2026-12-20' }),
  makeTask({ id: 'a-high-late', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-20' }),
  // Stored as on-time at the last sync; its due date has passed since, so it is overdue now.
  makeTask({ id: 'a-crit-stale', owner: 'alice@x.example', severity: 'critical', dueDate: '2026-11-24', status: 'on-time' }),
  makeTask({ id: 'a-due-today', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-25' }),
  makeTask({ id: 'p-med-late', owner: 'payments', severity: 'medium', dueDate: '2026-11-01', status: 'overdue' }),
  makeTask({ id: 'd-ok', owner: 'dave@x.example', severity: 'medium', dueDate: '2026-12-01' }),
  makeTask({ id: 'done', owner: 'dave@x.example', severity: 'critical', dueDate: '2026-11-01', status: 'completed' }),
  makeTask({ id: 'nobody', owner: null, severity: 'critical', dueDate: null, status: 'unassigned' }),
  makeTask({ id: 'lost', owner: 'ghost-team', severity: 'low', dueDate: '2026-11-01' }),
]

const ids = (d: OwnerDigest | ManagerDigest | undefined): string[] =>
  d === undefined ? [] : d.kind === 'owner-digest' ? d.sections.flatMap((s) => s.tasks.map((t) => t.task.id)) : d.reports.flatMap((r) => r.sections.flatMap((s) => s.tasks.map((t) => t.task.id)))

describe('buildDigests', () => {
  const result = buildDigests(tasks, directory, { now })
  const digest = (kind: string, recipient: string) => result.digests.find((d) => d.kind === kind && d.recipient === recipient)

  it('sends each person the open tasks they own directly and through teams, most severe first, overdue first', () => {
    const alice = digest('owner-digest', 'alice@x.example') as OwnerDigest
    expect(alice).toMatchObject({ period: '2026-W48', today: '2026-11-25', owners: ['alice@x.example', 'payments'], open: 5, overdue: 3 })
    expect(alice.sections.map((s) => s.severity)).toStrictEqual(['critical', 'high', 'medium', 'low'])
    expect(ids(alice)).toStrictEqual(['a-crit-stale', 'a-high-late', 'a-due-today', 'p-med-late', 'a-low'])
    expect(ids(digest('owner-digest', 'bob@x.example') as OwnerDigest)).toStrictEqual(['p-med-late'])
    expect(ids(digest('owner-digest', 'dave@x.example') as OwnerDigest)).toStrictEqual(['d-ok'])
  })

  it('sends managers only the overdue tasks of the owners who report to them', () => {
    const boss = digest('manager-overdue', 'boss@x.example') as ManagerDigest
    expect(boss.overdue).toBe(3)
    expect(boss.reports.map((r) => [r.owner, r.name, r.overdue])).toStrictEqual([
      ['alice@x.example', 'Alice', 2],
      ['payments', 'payments', 1],
    ])
    expect(ids(boss)).toStrictEqual(['a-crit-stale', 'a-high-late', 'p-med-late'])
    expect(boss.reports[0]!.sections[0]!.tasks[0]!.daysOverdue).toBe(1)
    // Dave has nothing overdue: his manager gets no mail.
    expect(digest('manager-overdue', 'other@x.example')).toBeUndefined()
  })

  it('leaves out completed and unassigned tasks, and reports owners it cannot reach', () => {
    expect(result.digests.flatMap((d) => ids(d))).not.toContain('done')
    expect(result.digests.flatMap((d) => ids(d))).not.toContain('nobody')
    expect(result.unreachableOwners).toStrictEqual(['ghost-team'])
  })

  it('keeps the tasks of a governance rule out of the digests its notification settings turn off', () => {
    const quiet = [
      makeTask({ id: 'no-owner-mail', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-01', governanceRuleId: 'gr-no-weekly' }),
      makeTask({ id: 'no-manager-mail', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-01', governanceRuleId: 'gr-no-manager' }),
      makeTask({ id: 'manual', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-01', governanceRuleId: null }),
    ]
    const rules = new Map([
      ['gr-no-weekly', { weeklyDigest: false, managerOverdueDigest: true }],
      ['gr-no-manager', { weeklyDigest: true, managerOverdueDigest: false }],
    ])
    const { digests } = buildDigests(quiet, directory, { now, rules })
    expect(ids(digests.find((d) => d.kind === 'owner-digest') as OwnerDigest)).toStrictEqual(['manual', 'no-manager-mail'])
    expect(ids(digests.find((d) => d.kind === 'manager-overdue') as ManagerDigest)).toStrictEqual(['manual', 'no-owner-mail'])
  })

  it('can leave out owner or manager digests', () => {
    expect(new Set(buildDigests(tasks, directory, { now, managers: false }).digests.map((d) => d.kind))).toStrictEqual(new Set(['owner-digest']))
    expect(new Set(buildDigests(tasks, directory, { now, owners: false }).digests.map((d) => d.kind))).toStrictEqual(new Set(['manager-overdue']))
  })
})

describe('renderDigest', () => {
  it('escapes attacker-controlled names in HTML and keeps them on one line in text', () => {
    const hostile = makeTask({ id: 'x', owner: 'alice@x.example', severity: 'high', dueDate: '2026-11-01', resourceName: '<script>alert("x")</script>\nBcc: evil@x.example', title: 'Tom & Jerry\'s <b>bucket</b>' })
    const owner = buildDigests([hostile], directory, { now }).digests.find((d) => d.kind === 'owner-digest')!
    const mail = renderDigest(owner)
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).not.toContain('<b>bucket')
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: evil@x.example')
    expect(mail.html).toContain('Tom &amp; Jerry&#39;s &lt;b&gt;bucket&lt;/b&gt;')
    expect(mail.text).toContain('Resource: <script>alert("x")</script> Bcc: evil@x.example (aws.s3.bucket)')
    expect(mail.text.split('\n').some((line) => line.startsWith('Bcc:'))).toBe(false)
    expect(mail.subject).toBe('[Skyhound] 1 open remediation task, 1 overdue (2026-W48)')
  })

  it('shows severity, resource, recommendation, due date and ETA', () => {
    const eta = { date: '2026-12-05', justification: 'vendor patch', by: 'alice@x.example', at: '2026-11-20T00:00:00Z' }
    const owner = buildDigests([makeTask({ id: 'e', owner: 'alice@x.example', severity: 'critical', dueDate: '2026-11-22', eta })], directory, { now }).digests[0]!
    const { text, html } = renderDigest(owner)
    expect(text).toContain('CRITICAL (1)\n  - [OVERDUE 3d] Recommendation e\n    Resource: bucket-e (aws.s3.bucket) arn:aws:s3:::e\n    Rule: rule-e')
    expect(text).toContain('Due: 2026-11-22   ETA: 2026-12-05 (vendor patch)')
    expect(html).toContain('<h3>critical (1)</h3>')
    expect(html).toContain('2026-12-05<br><small>vendor patch</small>')
  })
})
