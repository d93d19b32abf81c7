/**
 * The GovernanceStore contract: every backend keeps rules and tasks across store instances, replaces rules
 * all-or-nothing, filters tasks by stored status and owner, and numbers each task's history in order.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { GovernanceTask, TaskChange } from '../../src/model/governance.js'
import type { GovernanceRuleRecord } from '../../src/store/governance-store.js'
import type { StoreFixture } from './store.contract.js'

const rule = (id: string, priority: number, overrides: Partial<GovernanceRuleRecord> = {}): GovernanceRuleRecord => ({
  id,
  priority,
  enabled: true,
  source: 'rules.yaml',
  updatedAt: '2026-03-01T00:00:00.000Z',
  definition: { id, name: `rule ${id}`, priority, timeframe: 30 },
  ...overrides,
})

const task = (id: string, overrides: Partial<GovernanceTask> = {}): GovernanceTask => ({
  id,
  status: 'on-time',
  owner: 'team-shop@example.com',
  dueDate: '2026-03-31',
  eta: null,
  finding: { id, ruleId: id.split('|')[0]!, title: 'Buckets block public access', severity: 'high', risk: 'critical' },
  resource: { id: id.split('|')[1]!, name: 'logs', kind: 'aws.s3.bucket', scope: 'aws://accounts/111122223333' },
  governanceRuleId: 'gov-high',
  gracePeriod: true,
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  completedAt: null,
  ...overrides,
})

const change = (taskId: string, at: string, field: TaskChange['field'], to: string | null): TaskChange => ({ taskId, at, actor: 'alice', field, from: null, to, reason: null })

export function runGovernanceStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`governance store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined

    afterEach(async () => {
      await fixture?.cleanup()
      fixture = undefined
    })

    it('round-trips rules by priority, upserts by id, removes on request, for another instance too', async () => {
      fixture = await makeStore()
      const g = fixture.store.governance
      await g.putRules([rule('b', 2), rule('a', 1, { enabled: false })])
      expect(await g.listRules()).toStrictEqual([rule('a', 1, { enabled: false }), rule('b', 2)])
      await g.putRules([rule('b', 5, { source: 'other.yaml' }), rule('c', 3)], ['a'])
      const other = await fixture.openAnother()
      try {
        expect(await other.governance.listRules()).toStrictEqual([rule('c', 3), rule('b', 5, { source: 'other.yaml' })])
      } finally {
        await other.close()
      }
    })

    it('saves tasks with their history in one call, filters them, and numbers history per task', async () => {
      fixture = await makeStore()
      const g = fixture.store.governance
      const a = task('aws-s3-public|arn:aws:s3:::logs')
      const b = task('aws-s3-versioning|arn:aws:s3:::media', { owner: null, status: 'unassigned', dueDate: null })
      await g.saveTasks([a, b], [change(a.id, '2026-03-01T00:00:00.000Z', 'created', 'on-time'), change(b.id, '2026-03-01T00:00:00.000Z', 'created', 'unassigned')])
      const overdue = { ...a, status: 'overdue' as const, updatedAt: '2026-04-01T00:00:00.000Z' }
      await g.saveTasks([overdue], [{ ...change(a.id, '2026-04-01T00:00:00.000Z', 'status', 'overdue'), from: 'on-time', reason: 'due date passed' }])
      expect(await g.listTasks()).toStrictEqual([overdue, b])
      expect(await g.listTasks({ status: 'unassigned' })).toStrictEqual([b])
      expect(await g.listTasks({ owner: 'team-shop@example.com' })).toStrictEqual([overdue])
      expect(await g.getTask(a.id)).toStrictEqual(overdue)
      expect(await g.getTask('missing')).toBeUndefined()
      const history = await g.listChanges(a.id)
      expect(history.map((h) => [h.field, h.from, h.to, h.reason])).toStrictEqual([
        ['created', null, 'on-time', null],
        ['status', 'on-time', 'overdue', 'due date passed'],
      ])
      expect(await g.listChanges()).toHaveLength(3)
    })

    it('a failed save leaves the stored tasks as they were', async () => {
      fixture = await makeStore()
      const g = fixture.store.governance
      const a = task('r|n1')
      await g.saveTasks([a], [])
      // A history row that breaks NOT NULL makes the transaction fail after the task rows were written.
      const broken = { ...change(a.id, '2026-04-01T00:00:00.000Z', 'status', 'overdue'), actor: null as unknown as string }
      await expect(g.saveTasks([{ ...a, status: 'overdue' }, task('r|n2')], [broken])).rejects.toMatchObject({ code: 'SKY_STORE_FAILURE' })
      expect(await g.listTasks()).toStrictEqual([a])
      expect(await g.listChanges()).toStrictEqual([])
    })
  })
}
