import { describe, expect, it } from 'vitest'
import { GraphBuilder } from '../graph/graph-builder.js'
import type { Finding } from '../model/finding.js'
import type { GovernanceTask } from '../model/governance.js'
import { contextFromGraph } from './finding-context.js'
import { governanceRuleSchema } from './governance-rule.js'
import type { GovernanceRule, GovernanceRuleInput } from './governance-rule.js'
import { planTasks } from './plan-tasks.js'
import type { PlanInput } from './plan-tasks.js'
import { taskAt } from './task-status.js'

const SUB = '/subscriptions/00000000-0000-4000-8000-000000000001'
const RG = `${SUB}/resourcegroups/rg-web`
const DISK = `${RG}/providers/microsoft.compute/disks/web-0`
const VM = `${RG}/providers/microsoft.compute/virtualmachines/web-vm`
const OTHER_SUB = '/subscriptions/00000000-0000-4000-8000-000000000002'
const BARE = `${OTHER_SUB}/resourcegroups/rg-bare/providers/microsoft.compute/disks/bare`

function graph(tags: { disk?: Record<string, string>; rg?: Record<string, string>; sub?: Record<string, string> } = {}) {
  const b = new GraphBuilder()
  b.addNode({ id: SUB, kind: 'azure.resources.subscription', family: 'account', provider: 'azure', scope: SUB, name: 'prod', tags: tags.sub ?? {} })
  b.addNode({ id: OTHER_SUB, kind: 'azure.resources.subscription', family: 'account', provider: 'azure', scope: OTHER_SUB, name: 'dev' })
  b.addNode({ id: RG, kind: 'azure.resources.resourcegroup', family: 'resource-group', provider: 'azure', scope: SUB, name: 'rg-web', tags: tags.rg ?? {} })
  b.addNode({ id: DISK, kind: 'azure.compute.disk', family: 'disk', provider: 'azure', scope: SUB, name: 'web-0', tags: tags.disk ?? {} })
  b.addNode({ id: VM, kind: 'azure.compute.virtualmachine', family: 'vm', provider: 'azure', scope: SUB, name: 'web-vm' })
  b.addNode({ id: BARE, kind: 'azure.compute.disk', family: 'disk', provider: 'azure', scope: OTHER_SUB, name: 'bare' })
  return b.build().graph
}

const finding = (ruleId: string, nodeId: string, status: Finding['status'] = 'unhealthy', severity: Finding['severity'] = 'high', scope = SUB): Finding => ({
  id: `${ruleId}|${nodeId}`,
  ruleId,
  nodeId,
  status,
  severity,
  message: '',
  scope,
  details: { control: 'enable-encryption-at-rest', provider: 'azure' },
})

const rule = (input: Partial<GovernanceRuleInput> & Pick<GovernanceRuleInput, 'id' | 'priority'>): GovernanceRule =>
  governanceRuleSchema.parse({ name: input.id, owner: { tag: 'owner' }, timeframe: 30, ...input })

const DAY0 = new Date('2026-03-01T09:00:00.000Z')
const day = (n: number): Date => new Date(DAY0.getTime() + n * 86_400_000)

function plan(findings: Finding[], rules: GovernanceRule[], tasks: GovernanceTask[], now: Date, g = graph({ disk: { owner: 'disk@x.example' } })) {
  const input: PlanInput = {
    findings,
    rules,
    tasks,
    context: contextFromGraph(g),
    catalogue: (id) => ({ title: `title of ${id}`, categories: id.includes('encrypt') ? ['encryption'] : [] }),
    now,
    actor: 'test',
  }
  return planTasks(input)
}

/** Applies a plan's tasks over the previous set, as the store does. */
function merge(tasks: GovernanceTask[], changed: GovernanceTask[]): GovernanceTask[] {
  const byId = new Map(tasks.map((t) => [t.id, t]))
  for (const t of changed) byId.set(t.id, t)
  return [...byId.values()]
}

describe('governance engine: rule priority', () => {
  it('two matching rules: the lower priority number wins, whatever their order', () => {
    const wide = rule({ id: 'wide', priority: 10, owner: { email: 'wide@x.example' }, timeframe: 90 })
    const narrow = rule({ id: 'narrow', priority: 2, owner: { email: 'narrow@x.example' }, timeframe: 7, conditions: { severities: ['high'] } })
    for (const rules of [[wide, narrow], [narrow, wide]]) {
      const [task] = plan([finding('azure-disk-encrypt', DISK)], rules, [], DAY0).tasks
      expect(task).toMatchObject({ governanceRuleId: 'narrow', owner: 'narrow@x.example', dueDate: '2026-03-08', status: 'on-time' })
    }
  })

  it('conditions, excluded scopes and disabled rules decide which rules match', () => {
    const rules = [
      rule({ id: 'disabled', priority: 1, owner: { email: 'off@x.example' }, enabled: false }),
      rule({ id: 'low-only', priority: 2, owner: { email: 'low@x.example' }, conditions: { severities: ['low'] } }),
      rule({ id: 'not-rg', priority: 3, owner: { email: 'notrg@x.example' }, scope: { exclude: [RG] } }),
      rule({ id: 'data', priority: 4, owner: { email: 'data@x.example' }, conditions: { categories: ['encryption'] } }),
    ]
    const { tasks } = plan([finding('azure-disk-encrypt', DISK), finding('azure-vm-patch', BARE, 'unhealthy', 'high', OTHER_SUB), finding('azure-vm-patch', VM)], rules, [], DAY0)
    expect(Object.fromEntries(tasks.map((t) => [t.resource.name, t.governanceRuleId]))).toStrictEqual({ 'web-0': 'data', bare: 'not-rg' })
  })

  it('no matching rule: no task', () => {
    expect(plan([finding('azure-vm-patch', VM)], [rule({ id: 'sub2', priority: 1, scope: { include: [OTHER_SUB] } })], [], DAY0).tasks).toStrictEqual([])
  })
})

describe('governance engine: owner fallback', () => {
  const byTag = [rule({ id: 'by-tag', priority: 1 })]
  const ownerOf = (g: ReturnType<typeof graph>): string | null => plan([finding('azure-disk-encrypt', DISK)], byTag, [], DAY0, g).tasks[0]!.owner

  it('the resource tag beats the resource group tag, which beats the subscription tag', () => {
    expect(ownerOf(graph({ disk: { owner: 'disk@x.example' }, rg: { owner: 'rg@x.example' }, sub: { owner: 'sub@x.example' } }))).toBe('disk@x.example')
    expect(ownerOf(graph({ rg: { Owner: 'rg@x.example' }, sub: { owner: 'sub@x.example' } }))).toBe('rg@x.example')
    expect(ownerOf(graph({ sub: { owner: 'sub@x.example' } }))).toBe('sub@x.example')
  })

  it('no owner anywhere: the task is unassigned, with no due date', () => {
    const task = plan([finding('azure-disk-encrypt', DISK)], byTag, [], DAY0, graph()).tasks[0]!
    expect(task).toMatchObject({ owner: null, dueDate: null, status: 'unassigned' })
  })

  it('after the tags: the scope mapping (most specific scope first), then the rule email', () => {
    const mapped = rule({ id: 'mapped', priority: 1, owner: { tag: 'owner', mapping: { [SUB]: 'team-sub', [RG.toUpperCase()]: 'team-rg' }, email: 'fallback@x.example' } })
    const { tasks } = plan([finding('azure-disk-encrypt', DISK), finding('azure-disk-encrypt', BARE, 'unhealthy', 'high', OTHER_SUB)], [mapped], [], DAY0, graph())
    expect(tasks.map((t) => t.owner)).toStrictEqual(['team-rg', 'fallback@x.example'])
  })
})

describe('governance engine: lifecycle', () => {
  it('on time → overdue → completed as days pass and the finding is fixed, with history', () => {
    const rules = [rule({ id: 'r', priority: 1, timeframe: 7 })]
    const f = finding('azure-disk-encrypt', DISK)
    const first = plan([f], rules, [], DAY0)
    expect(first.tasks[0]).toMatchObject({ status: 'on-time', dueDate: '2026-03-08', createdAt: DAY0.toISOString() })
    let tasks = first.tasks
    // The due date itself is on time; the day after is overdue.
    expect(plan([f], rules, tasks, day(7)).tasks).toStrictEqual([])
    const late = plan([f], rules, tasks, day(8))
    expect(late.tasks[0]!.status).toBe('overdue')
    expect(late.changes.map((c) => [c.field, c.from, c.to, c.reason])).toStrictEqual([['status', 'on-time', 'overdue', 'due date passed']])
    tasks = merge(tasks, late.tasks)
    const fixed = plan([{ ...f, status: 'healthy' }], rules, tasks, day(9))
    expect(fixed.tasks[0]).toMatchObject({ status: 'completed', completedAt: day(9).toISOString(), createdAt: DAY0.toISOString() })
    expect(fixed.changes[0]).toMatchObject({ field: 'status', from: 'overdue', to: 'completed', reason: 'finding healthy' })
  })

  it('completes on exemption and on disappearance; unknown leaves the task open; unhealthy again reopens it', () => {
    const rules = [rule({ id: 'r', priority: 1, timeframe: 14 })]
    const a = finding('azure-disk-encrypt', DISK)
    const b = finding('azure-vm-patch', VM)
    const c = finding('azure-vm-backup', VM)
    let tasks = plan([a, b, c], rules, [], DAY0, graph({ rg: { owner: 'rg@x.example' } })).tasks
    expect(tasks).toHaveLength(3)
    const next = plan([{ ...a, details: { ...a.details, exemption: { id: 'ex1', category: 'waiver' } } }, { ...c, status: 'unknown' }], rules, tasks, day(1))
    expect(Object.fromEntries(next.changes.map((ch) => [ch.taskId, ch.reason]))).toStrictEqual({ [a.id]: 'finding exempted (waiver)', [b.id]: 'finding no longer reported' })
    tasks = merge(tasks, next.tasks)
    expect(taskAt(tasks.find((t) => t.id === c.id)!, day(1)).status).toBe('on-time')
    const again = plan([a, b, c], rules, tasks, day(20), graph({ rg: { owner: 'rg@x.example' } }))
    const reopened = again.tasks.find((t) => t.id === a.id)!
    expect(reopened).toMatchObject({ status: 'on-time', completedAt: null, dueDate: '2026-04-04' })
    expect(again.summary).toMatchObject({ reopened: 2, statusChanged: 3 })
  })

  it('apply to existing: unassigned-only fills only unassigned tasks, override takes them over', () => {
    const old = rule({ id: 'old', priority: 5, owner: { tag: 'owner' }, timeframe: 30 })
    const g = graph({ disk: { owner: 'disk@x.example' } })
    const tasks = plan([finding('azure-disk-encrypt', DISK), finding('azure-vm-patch', VM)], [old], [], DAY0, g).tasks
    expect(tasks.map((t) => t.owner)).toStrictEqual(['disk@x.example', null])
    const fill = rule({ id: 'fill', priority: 1, owner: { email: 'sec@x.example' }, timeframe: 7 })
    const filled = plan([finding('azure-disk-encrypt', DISK), finding('azure-vm-patch', VM)], [old, fill], tasks, day(1), g)
    expect(filled.tasks.map((t) => [t.resource.name, t.owner, t.governanceRuleId, t.dueDate])).toStrictEqual([['web-vm', 'sec@x.example', 'fill', '2026-03-08']])
    const over = plan([finding('azure-disk-encrypt', DISK), finding('azure-vm-patch', VM)], [old, { ...fill, applyToExisting: 'override' }], tasks, day(1), g)
    expect(over.tasks.map((t) => t.owner)).toStrictEqual(['sec@x.example', 'sec@x.example'])
    expect(over.changes.filter((c) => c.field === 'owner').map((c) => [c.from, c.to])).toStrictEqual([['disk@x.example', 'sec@x.example'], [null, 'sec@x.example']])
  })
})
