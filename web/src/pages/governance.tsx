/**
 * Governance: the tasks board (overdue, on time, unassigned, completed — counts from the server, filters by
 * owner and text, paged), owners (open and overdue by severity, mean time to remediate) and the rules. A
 * task's page (`?finding=<id>`, linked from attack paths and recommendations) shows its history, and lets
 * analysts set an ETA with a justification and admins move the due date with a reason.
 */
import { useState } from 'preact/hooks'
import type { ComponentChildren } from 'preact'
import { ApiError } from '../api/client.js'
import { loadGovernanceReport, loadGovernanceRules, loadGovernanceTask, loadGovernanceTasks, moveGovernanceDueDate, setGovernanceEta } from '../api/governance.js'
import type { GovernanceReport, GovernanceTask, TaskDetail } from '../api/governance.js'
import { useApi } from '../api/use-api.js'
import { Card, Stat } from '../components/card.js'
import { Level, Tabs } from '../components/level.js'
import { Link } from '../components/link.js'
import { PageHeader } from '../components/page-header.js'
import { Pager } from '../components/pager.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { count } from '../format.js'
import { href, navigate, useRoute } from '../router.js'
import { useSession } from '../session.js'
import '../posture.css'

const PAGE = 50
const STATUS_TABS = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'on-time', label: 'On time' },
  { id: 'unassigned', label: 'Unassigned' },
  { id: 'completed', label: 'Completed' },
] as const
type Status = (typeof STATUS_TABS)[number]['id']
const VIEWS = [
  { id: 'tasks', label: 'Tasks' },
  { id: 'owners', label: 'Owners' },
  { id: 'rules', label: 'Rules' },
] as const
type ViewId = (typeof VIEWS)[number]['id']

function TaskRow(props: { task: GovernanceTask }) {
  const t = props.task
  return (
    <tr>
      <td>
        <Link href={href('/governance', { finding: t.id })}>{t.finding.title}</Link>
        <div class="muted small">
          {t.resource.name} · {t.resource.kind}
        </div>
      </td>
      <td>
        <Level level={t.finding.severity} />
      </td>
      <td class="small">{t.owner ?? <span class="muted">unassigned</span>}</td>
      <td class="small nowrap">
        {t.dueDate ?? '—'}
        {t.gracePeriod && t.status === 'on-time' && <div class="muted small">grace period</div>}
      </td>
      <td class="small nowrap">{t.eta === null ? '—' : t.eta.date}</td>
    </tr>
  )
}

function TasksView(props: { params: URLSearchParams }) {
  const statusParam = props.params.get('status')
  const status: Status = STATUS_TABS.some((s) => s.id === statusParam) ? (statusParam as Status) : 'overdue'
  const owner = props.params.get('owner') ?? ''
  const q = props.params.get('q') ?? ''
  const offset = Math.max(0, Number(props.params.get('offset') ?? '0') || 0)
  const [text, setText] = useState(q)
  const go = (change: { status?: Status; owner?: string; q?: string; offset?: number }) =>
    navigate(href('/governance', { status: change.status ?? status, owner: change.owner ?? owner, q: change.q ?? q, offset: change.offset || undefined }), { replace: true })
  const result = useApi(
    () => loadGovernanceTasks({ status, ...(owner === '' ? {} : { owner }), ...(q === '' ? {} : { q }), limit: String(PAGE), offset: String(offset) }),
    [status, owner, q, offset],
  )
  let body: ComponentChildren
  if (result.state === 'error') body = <ProblemNotice error={result.error} onRetry={result.reload} />
  else if (result.data === undefined) body = <Loading label="Loading tasks" />
  else if (result.data.total === 0) {
    body = (
      <EmptyState title={`No ${STATUS_TABS.find((s) => s.id === status)!.label.toLowerCase()} tasks`} icon="⚑">
        <p class="small">
          Governance rules (<code>skyhound governance apply rules.yaml</code>) create a task for each unhealthy finding they match; scans keep
          them up to date.
        </p>
      </EmptyState>
    )
  } else {
    const page = result.data
    body = (
      <>
        <table class="table">
          <caption class="visually-hidden">Governance tasks</caption>
          <thead>
            <tr>
              <th scope="col">Recommendation</th>
              <th scope="col">Severity</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">ETA</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((t) => (
              <TaskRow key={t.id} task={t} />
            ))}
          </tbody>
        </table>
        <Pager offset={offset} limit={PAGE} total={page.total} onPage={(o) => go({ offset: o })} label="Tasks" />
      </>
    )
  }
  const counts = result.data?.counts
  return (
    <>
      <div class="stats-row">
        {STATUS_TABS.map((s) => (
          <Stat key={s.id} label={s.label} value={counts === undefined ? '…' : count(counts[s.id] ?? 0)} />
        ))}
      </div>
      <form
        class="filter-bar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault()
          go({ q: text, offset: 0 })
        }}
      >
        <label>
          Search <input type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="resource, rule or title" />
        </label>
        {owner !== '' && (
          <span class="small">
            Owner: {owner === '-' ? 'unassigned' : owner} <Link href={href('/governance', { status })}>clear</Link>
          </span>
        )}
        <button type="submit" class="button">
          Filter
        </button>
      </form>
      <Tabs label="Task status" tabs={STATUS_TABS} current={status} onSelect={(s) => go({ status: s, offset: 0 })} />
      <div role="tabpanel" aria-busy={result.state === 'loading'}>
        {body}
      </div>
    </>
  )
}

function OwnersView() {
  const result = useApi(() => loadGovernanceReport(), [])
  if (result.state === 'error') return <ProblemNotice error={result.error} onRetry={result.reload} />
  if (result.data === undefined) return <Loading label="Loading owners" />
  const report: GovernanceReport = result.data
  if (report.owners.length === 0) return <EmptyState title="No governance tasks yet" icon="⚑" />
  return (
    <table class="table">
      <caption class="visually-hidden">Owners</caption>
      <thead>
        <tr>
          <th scope="col">Owner</th>
          <th scope="col" class="num">Open</th>
          <th scope="col" class="num">Overdue</th>
          <th scope="col">Overdue by severity</th>
          <th scope="col" class="num">Completed</th>
          <th scope="col" class="num">Mean days to remediate</th>
        </tr>
      </thead>
      <tbody>
        {report.owners.map((o) => (
          <tr key={o.owner ?? '-'}>
            <td>
              <Link href={href('/governance', { status: o.overdue > 0 ? 'overdue' : o.owner === null ? 'unassigned' : 'on-time', owner: o.owner ?? '-' })}>{o.owner ?? 'Unassigned'}</Link>
            </td>
            <td class="num">{count(o.open)}</td>
            <td class="num">{count(o.overdue)}</td>
            <td class="small">
              {(['critical', 'high', 'medium', 'low'] as const)
                .filter((s) => o.bySeverity[s].overdue > 0)
                .map((s) => `${o.bySeverity[s].overdue} ${s}`)
                .join(' · ') || '—'}
            </td>
            <td class="num">{count(o.completed)}</td>
            <td class="num">{o.meanDaysToRemediate === null ? '—' : o.meanDaysToRemediate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function RulesView() {
  const result = useApi(() => loadGovernanceRules(), [])
  if (result.state === 'error') return <ProblemNotice error={result.error} onRetry={result.reload} />
  if (result.data === undefined) return <Loading label="Loading rules" />
  if (result.data.items.length === 0) {
    return (
      <EmptyState title="No governance rules yet" icon="⚑">
        <p class="small">
          Apply a rules file with <code>skyhound governance apply rules.yaml</code> (docs/governance.md).
        </p>
      </EmptyState>
    )
  }
  return (
    <table class="table">
      <caption class="visually-hidden">Governance rules</caption>
      <thead>
        <tr>
          <th scope="col" class="num">Priority</th>
          <th scope="col">Rule</th>
          <th scope="col" class="num">Days</th>
          <th scope="col">Grace period</th>
          <th scope="col">Enabled</th>
          <th scope="col">Source</th>
        </tr>
      </thead>
      <tbody>
        {result.data.items.map((r) => (
          <tr key={String(r['id'])}>
            <td class="num">{String(r['priority'])}</td>
            <td>
              {String(r['name'])}
              <div class="muted small">{String(r['id'])}</div>
            </td>
            <td class="num">{String(r['timeframeDays'])}</td>
            <td>{r['gracePeriod'] === true ? 'yes' : 'no'}</td>
            <td>{r['enabled'] === true ? 'yes' : 'no'}</td>
            <td class="small">{String(r['source'])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function EditForm(props: { label: string; reasonLabel: string; submit: (date: string, text: string) => Promise<unknown>; onDone: () => void }) {
  const [date, setDate] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | undefined>(undefined)
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        setError(undefined)
        props.submit(date, text).then(
          () => {
            setBusy(false)
            setDate('')
            setText('')
            props.onDone()
          },
          (err: unknown) => {
            setBusy(false)
            setError(err instanceof ApiError ? err : new ApiError({ title: 'Error', status: 0, detail: String(err), code: 'CLIENT' }))
          },
        )
      }}
    >
      <label>
        {props.label} <input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label>
        {props.reasonLabel} <input type="text" required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {error !== undefined && (
        <p class="field-error" role="alert">
          {error.problem.detail}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy || date === '' || text.trim() === ''}>
        Save
      </button>
    </form>
  )
}

function TaskPage(props: { id: string }) {
  const session = useSession()
  const result = useApi(() => loadGovernanceTask(props.id), [props.id])
  const back = <Link href="/governance">All tasks</Link>
  if (result.state === 'error') {
    if (result.error.problem.status === 404) {
      return (
        <>
          <PageHeader title="Governance task" actions={back} />
          <EmptyState title="No task for this finding yet" icon="⚑">
            <p class="small">
              Tasks are assigned by governance rules, not by hand: add a rule whose conditions match this recommendation
              (<code>skyhound governance apply</code>), and the next scan or <code>skyhound governance sync</code> creates the task.
            </p>
          </EmptyState>
        </>
      )
    }
    return <ProblemNotice error={result.error} onRetry={result.reload} />
  }
  if (result.data === undefined) return <Loading label="Loading the task" />
  const { task, history }: TaskDetail = result.data
  const open = task.status !== 'completed'
  const canEta = open && (session?.role === 'analyst' || session?.role === 'admin')
  const canMove = open && task.owner !== null && session?.role === 'admin'
  return (
    <>
      <PageHeader title={task.finding.title} subtitle={`${task.resource.name} · ${task.status}`} actions={back} />
      <div class="stats-row">
        <Stat label="Status" value={task.status} />
        <Stat label="Owner" value={task.owner ?? 'unassigned'} />
        <Stat label="Due" value={task.dueDate ?? '—'} hint={task.gracePeriod ? 'grace period: no score impact until overdue' : undefined} />
        <Stat label="ETA" value={task.eta?.date ?? '—'} hint={task.eta?.justification} />
      </div>
      <Card title="History">
        <table class="table table-compact">
          <caption class="visually-hidden">Task history</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={i}>
                <td class="small nowrap">{h.at.replace('T', ' ').slice(0, 16)}</td>
                <td class="small">{h.actor}</td>
                <td class="small">
                  {h.field}: {h.from ?? '—'} → {h.to ?? '—'}
                </td>
                <td class="small">{h.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {canEta && (
        <Card title="Set an ETA">
          <EditForm label="Expected completion" reasonLabel="Justification" submit={(d, t) => setGovernanceEta(task.id, d, t)} onDone={result.reload} />
        </Card>
      )}
      {canMove && (
        <Card title="Move the due date (admin)">
          <EditForm label="New due date" reasonLabel="Reason" submit={(d, t) => moveGovernanceDueDate(task.id, d, t)} onDone={result.reload} />
        </Card>
      )}
      <p class="small">
        Resource: <Link href={href('/resource', { id: task.resource.id })}>{task.resource.id}</Link> · rule {task.governanceRuleId ?? '—'}
      </p>
    </>
  )
}

export function GovernancePage() {
  const route = useRoute()
  const finding = route.params.get('finding')
  if (finding !== null && finding !== '') return <TaskPage id={finding} />
  const viewParam = route.params.get('view')
  const view: ViewId = VIEWS.some((v) => v.id === viewParam) ? (viewParam as ViewId) : 'tasks'
  return (
    <>
      <PageHeader title="Governance" subtitle="Owners, due dates and the state of every remediation task" />
      <Tabs label="Governance view" tabs={VIEWS} current={view} onSelect={(v) => navigate(href('/governance', { view: v === 'tasks' ? undefined : v }), { replace: true })} />
      {view === 'tasks' && <TasksView params={route.params} />}
      {view === 'owners' && <OwnersView />}
      {view === 'rules' && <RulesView />}
    </>
  )
}
