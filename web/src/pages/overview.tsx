/**
 * Overview: snapshot facts, resource counts by cloud and family, scan issues, and the tiles of the
 * engines (secure score with its trend, attack paths by risk with the nodes most paths cross,
 * recommendations, governance tasks, coverage per cloud) — real numbers when the snapshot has them, a
 * clear placeholder while that engine has not run. The summary and `/overview` load side by side.
 */
import { loadOverview } from '../api/posture.js'
import type { Overview } from '../api/posture.js'
import { useApi } from '../api/use-api.js'
import { useSummary } from '../api/use-summary.js'
import type { SnapshotSummary } from '../api/use-summary.js'
import { Card, Stat } from '../components/card.js'
import { CountBars } from '../components/count-bars.js'
import { Link } from '../components/link.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { levelRows } from '../components/severity.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { TrendChart } from '../components/trend-chart.js'
import { bytes, count, dateTime, humanize, providerLabel } from '../format.js'
import { href } from '../router.js'

const CLOUD_ORDER = ['aws', 'azure', 'gcp', 'kubernetes', 'terraform', 'scanner']
const cloudRank = (provider: string) => {
  const rank = CLOUD_ORDER.indexOf(provider)
  return rank < 0 ? CLOUD_ORDER.length : rank
}

function ScoreTile(props: { summary: SnapshotSummary }) {
  const score = props.summary.secureScore
  return (
    <Card title="Secure score" action={<Link href="/secure-score">Details</Link>}>
      {score === null ? (
        <EmptyState title="No secure score in this snapshot yet" icon="◔">
          <p class="small">The score appears when the recommendations engine has evaluated this snapshot.</p>
        </EmptyState>
      ) : (
        <div class="score">
          <div class="score-value">{Math.round(score.percentage)}%</div>
          <div class="muted">
            {score.current.toFixed(1)} of {score.max.toFixed(0)} points
          </div>
          <meter min={0} max={100} value={score.percentage} aria-label="Secure score" />
        </div>
      )}
    </Card>
  )
}

function TrendCard(props: { overview: Overview | undefined }) {
  const trend = props.overview?.trend ?? []
  if (props.overview?.score === null || props.overview === undefined) return null
  const delta = trend.length > 1 ? trend[trend.length - 1]!.percentage - trend[trend.length - 2]!.percentage : undefined
  return (
    <Card title="Secure score trend" id="score-trend" action={<Link href="/secure-score">History</Link>}>
      {delta !== undefined && (
        <p class="small">
          <span class={delta >= 0 ? 'delta-up' : 'delta-down'}>
            {delta >= 0 ? '+' : ''}
            {delta.toFixed(1)} points
          </span>{' '}
          <span class="muted">since the previous snapshot</span>
        </p>
      )}
      <TrendChart label="Secure score over snapshots" points={trend.map((p) => ({ label: p.snapshot, at: p.createdAt, value: p.percentage }))} />
    </Card>
  )
}

function NodeList(props: { label: string; nodes: Overview['attackPaths']['chokePoints'] }) {
  return (
    <div>
      <h3 class="small">{props.label}</h3>
      {props.nodes.length === 0 ? (
        <p class="muted small">None</p>
      ) : (
        <ol class="ranked" aria-label={props.label}>
          {props.nodes.map((node) => (
            <li key={node.id}>
              <Link href={href('/resource', { id: node.id })} title={node.id}>
                {node.name}
              </Link>
              <span class="muted small nowrap">
                {count(node.paths)} {node.paths === 1 ? 'path' : 'paths'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}

function PathNodesCard(props: { overview: Overview | undefined }) {
  const paths = props.overview?.attackPaths
  if (paths === undefined || paths.total === 0) return null
  return (
    <Card title="Where attack paths meet" id="path-nodes" action={<Link href="/attack-paths">Attack paths</Link>}>
      <div class="grid grid-tight grid-3">
        <NodeList label="Choke points" nodes={paths.chokePoints} />
        <NodeList label="Entry points" nodes={paths.entryPoints} />
        <NodeList label="Targets" nodes={paths.targets} />
      </div>
    </Card>
  )
}

function CoverageCard(props: { overview: Overview | undefined }) {
  const rows = [...(props.overview?.coverage ?? [])].sort((a, b) => cloudRank(a.provider) - cloudRank(b.provider))
  if (rows.length === 0) return null
  return (
    <Card title="Coverage by cloud" id="coverage">
      <ul class="ranked" aria-label="Coverage by cloud">
        {rows.map((row) => (
          <li key={row.provider}>
            <span>
              <span class={`cloud cloud-${row.provider}`}>{providerLabel(row.provider)}</span>
              <div class="muted small">
                {count(row.resources)} resources · {count(row.kinds)} kinds
                {row.unmappedKinds > 0 ? ` (${count(row.unmappedKinds)} kept generic)` : ''}
              </div>
            </span>
            <span class="small nowrap">
              <Link href={href('/recommendations', { provider: row.provider })}>{count(row.unhealthy)} unhealthy</Link>
              {row.score !== null && <> · score {Math.round(row.score)}%</>}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  )
}

function PathsTile(props: { summary: SnapshotSummary }) {
  const paths = props.summary.attackPaths
  return (
    <Card title="Attack paths" action={<Link href="/attack-paths">All</Link>}>
      {paths.total === 0 ? (
        <EmptyState title="No attack path analysis in this snapshot yet" icon="⤳">
          <p class="small">Paths from the internet to your crown jewels appear here once the attack path engine runs.</p>
        </EmptyState>
      ) : (
        <>
          <Stat label="attack paths" value={count(paths.total)} />
          <CountBars label="Attack paths by risk" rows={levelRows(paths.byRisk)} />
        </>
      )}
    </Card>
  )
}

function FindingsTile(props: { summary: SnapshotSummary }) {
  const findings = props.summary.findings
  return (
    <Card title="Recommendations" action={<Link href="/recommendations">All</Link>}>
      {findings.total === 0 ? (
        <EmptyState title="No recommendations in this snapshot yet" icon="✓">
          <p class="small">Unhealthy resources by severity appear here once rules have been evaluated.</p>
        </EmptyState>
      ) : (
        <>
          <Stat label="unhealthy findings" value={count(findings.total)} />
          <CountBars label="Findings by severity" rows={levelRows(findings.bySeverity)} />
        </>
      )}
    </Card>
  )
}

function TasksTile(props: { tasks: Overview['tasks'] | undefined }) {
  const tasks = props.tasks
  return (
    <Card title="Governance tasks" action={<Link href="/governance">Governance</Link>}>
      {tasks === undefined || tasks === null || tasks.open === 0 ? (
        <EmptyState title="No governance tasks yet" icon="⚑">
          <p class="small">Overdue and unassigned remediation tasks appear here once governance rules exist.</p>
        </EmptyState>
      ) : (
        <div class="stats-row">
          <Stat label="overdue tasks" value={count(tasks.overdue)} />
          <Stat label="open tasks" value={count(tasks.open)} />
        </div>
      )}
    </Card>
  )
}

function ResourcesByCloud(props: { summary: SnapshotSummary }) {
  const byProvider = props.summary.resources.byProvider
  const rows = Object.entries(byProvider)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => cloudRank(a) - cloudRank(b))
    .map(([provider, value]) => ({
      key: provider,
      label: providerLabel(provider),
      value: value ?? 0,
      href: href('/inventory', { provider }),
      tone: `tone-${provider}`,
    }))
  return (
    <Card title="Resources by cloud" id="by-cloud">
      {rows.length === 0 ? <p class="muted">No resources.</p> : <CountBars label="Resources by cloud" rows={rows} />}
    </Card>
  )
}

function ResourcesByFamily(props: { summary: SnapshotSummary }) {
  const rows = Object.entries(props.summary.resources.byFamily)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 12)
    .map(([family, value]) => ({ key: family, label: humanize(family), value, href: href('/inventory', { family }) }))
  const families = Object.keys(props.summary.resources.byFamily).length
  return (
    <Card
      title="Resources by family"
      id="by-family"
      action={families > rows.length ? <Link href="/inventory">All {families} families</Link> : undefined}
    >
      {rows.length === 0 ? <p class="muted">No resources.</p> : <CountBars label="Resources by family" rows={rows} />}
    </Card>
  )
}

function Issues(props: { summary: SnapshotSummary }) {
  const { issues } = props.summary
  const shown = issues.slice(0, 8)
  return (
    <Card title={`Scan issues (${count(issues.length)})`} id="issues">
      {issues.length === 0 ? (
        <p class="muted">Every input was read completely.</p>
      ) : (
        <>
          <table class="table">
            <thead>
              <tr>
                <th scope="col">Input</th>
                <th scope="col">Where</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, i) => (
                <tr key={`${issue.file}-${issue.location}-${i}`}>
                  <td>
                    <code>{issue.file}</code>
                  </td>
                  <td>
                    <code>{issue.location}</code>
                  </td>
                  <td>
                    <span class="badge">{humanize(issue.kind)}</span> {issue.message}
                    {issue.hint !== undefined && <div class="muted small">{issue.hint}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {issues.length > shown.length && (
            <p class="muted small">
              {count(issues.length - shown.length)} more: <code>skyhound snapshots show {props.summary.snapshot.id}</code>
            </p>
          )}
        </>
      )}
    </Card>
  )
}

export function OverviewPage() {
  const summary = useSummary()
  // The aggregate is an extra: the page renders from the summary while it loads or if it fails.
  const overview = useApi(() => loadOverview(), [])
  const o = overview.data
  if (summary.state === 'error') {
    return summary.error.status === 404 ? <NoSnapshot /> : <ProblemNotice error={summary.error} onRetry={summary.reload} />
  }
  if (summary.data === undefined) return <Loading />
  const s = summary.data
  const inputBytes = s.snapshot.inputs.reduce((sum, input) => sum + input.bytes, 0)
  return (
    <>
      <PageHeader
        title="Overview"
        subtitle={
          <>
            Snapshot <code>{s.snapshot.id}</code> taken {dateTime(s.snapshot.createdAt)} from {count(s.snapshot.inputs.length)}{' '}
            {s.snapshot.inputs.length === 1 ? 'input' : 'inputs'} ({bytes(inputBytes)})
          </>
        }
      />
      <div class="stats-row">
        <Stat label="resources" value={count(s.resources.total)} />
        <Stat label="clouds" value={count(Object.keys(s.resources.byProvider).length)} />
        <Stat label="resource kinds" value={count(Object.keys(s.resources.byKind).length)} />
        <Stat label="connections" value={count(s.edges.total)} hint={s.edges.dangling > 0 ? `${count(s.edges.dangling)} dangling` : undefined} />
        <Stat label="scan issues" value={count(s.issues.length)} />
      </div>
      <div class="grid grid-4">
        <ScoreTile summary={s} />
        <PathsTile summary={s} />
        <FindingsTile summary={s} />
        <TasksTile tasks={o?.tasks} />
      </div>
      <div class="grid grid-2">
        <TrendCard overview={o} />
        <CoverageCard overview={o} />
      </div>
      <PathNodesCard overview={o} />
      <div class="grid grid-2">
        <ResourcesByCloud summary={s} />
        <ResourcesByFamily summary={s} />
      </div>
      <Issues summary={s} />
    </>
  )
}
