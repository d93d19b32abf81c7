/**
 * Secure score: the score of the snapshot or of one scope (account, organization roll-up, resource
 * group, cloud, tag), its controls with current / max / potential points, and the history over
 * snapshots with what moved it. The chosen scope is in the URL (`?scope=`).
 */
import { useState } from 'preact/hooks'
import { ApiError } from '../api/client.js'
import { listExemptions, loadScore, loadScoreHistory, revokeExemption } from '../api/posture.js'
import type { Score, ScoreHistory } from '../api/posture.js'
import { useApi } from '../api/use-api.js'
import { Card, Stat } from '../components/card.js'
import { Link } from '../components/link.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { TrendChart } from '../components/trend-chart.js'
import { count, dateTime, humanize, providerLabel } from '../format.js'
import { href, navigate, useRoute } from '../router.js'
import { useSession } from '../session.js'
import '../posture.css'

type Controls = Score['controls']

function ScopePicker(props: { score: Score; scope: string }) {
  const [text, setText] = useState(props.scope)
  const builtIn = props.score.scopes.filter((s) => (s.kind === 'account' || s.kind === 'organization') && s.scope !== '')
  const clouds = ['aws', 'azure', 'gcp', 'kubernetes']
  return (
    <form
      class="filter-bar"
      aria-label="Choose a scope"
      onSubmit={(e) => {
        e.preventDefault()
        navigate(href('/secure-score', { scope: text.trim() }))
      }}
    >
      <label>
        Scope
        <select value={props.scope} onChange={(e) => navigate(href('/secure-score', { scope: e.currentTarget.value }))}>
          <option value="">All scopes</option>
          <optgroup label="Clouds">
            {clouds.map((c) => (
              <option key={c} value={`provider:${c}`}>
                {providerLabel(c)}
              </option>
            ))}
          </optgroup>
          <optgroup label="Accounts, subscriptions, projects, clusters, organizations">
            {builtIn.map((s) => (
              <option key={s.scope} value={s.kind === 'organization' ? `org:${s.scope}` : s.scope}>
                {s.name} ({humanize(s.kind)})
              </option>
            ))}
          </optgroup>
          {props.scope !== '' && !props.scope.startsWith('provider:') && !builtIn.some((s) => s.scope === props.scope || `org:${s.scope}` === props.scope) && (
            <option value={props.scope}>{props.scope}</option>
          )}
        </select>
      </label>
      <label>
        Or a selector
        <input type="text" value={text} placeholder="tag:env=prod, rg:/subscriptions/…" onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">
        Score
      </button>
    </form>
  )
}

function ControlsTable(props: { controls: Controls }) {
  const rows = [...props.controls].filter((c) => c.healthy + c.unhealthy > 0).sort((a, b) => b.potentialIncrease - a.potentialIncrease || b.max - a.max)
  if (rows.length === 0) return <p class="muted">No control has evaluated resources in this scope.</p>
  return (
    <table class="table">
      <caption class="visually-hidden">Security controls</caption>
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col" class="num">
            Current
          </th>
          <th scope="col" class="num">
            Max
          </th>
          <th scope="col" class="num">
            Potential increase
          </th>
          <th scope="col" class="num">
            Unhealthy resources
          </th>
          <th scope="col">Progress</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id}>
            <td>
              {c.title}
            </td>
            <td class="num">{c.current.toFixed(2)}</td>
            <td class="num">{c.max}</td>
            <td class="num impact">{c.potentialIncrease > 0 ? `+${c.potentialIncrease.toFixed(2)}` : '—'}</td>
            <td class="num">
              {count(c.unhealthy)} / {count(c.unhealthy + c.healthy)}
            </td>
            <td>
              <meter min={0} max={c.max === 0 ? 1 : c.max} value={c.current} aria-label={`${c.title}: ${c.current.toFixed(2)} of ${c.max} points`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function History(props: { history: ScoreHistory }) {
  const rows = [...props.history].reverse().slice(0, 12)
  return (
    <Card title="History" id="history">
      <TrendChart label="Secure score over snapshots" width={1000} height={220} points={props.history.map((h) => ({ label: h.snapshot, at: h.createdAt, value: h.percentage }))} />
      <table class="table table-compact">
        <caption class="visually-hidden">Score per snapshot, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Snapshot</th>
            <th scope="col" class="num">
              Score
            </th>
            <th scope="col" class="num">
              Change
            </th>
            <th scope="col">What moved it</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.snapshot}>
              <td>
                {dateTime(h.createdAt)}
                <div class="muted small">
                  <code>{h.snapshot}</code>
                </div>
              </td>
              <td class="num">{h.percentage.toFixed(1)}%</td>
              <td class={`num ${h.delta === null ? '' : h.delta >= 0 ? 'delta-up' : 'delta-down'}`}>
                {h.delta === null ? '—' : `${h.delta >= 0 ? '+' : ''}${h.delta.toFixed(1)}`}
              </td>
              <td class="small">
                {h.drivers.length === 0
                  ? '—'
                  : h.drivers.slice(0, 3).map((d, i) => (
                      <span key={d.ruleId}>
                        {i > 0 && ' · '}
                        <Link href={href('/recommendations', { rule: d.ruleId })}>{d.ruleId}</Link> {d.unhealthyBefore}→{d.unhealthyAfter}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  )
}

/** `{"ruleIds":["a"],"severities":["low"]}` → `rules a · severities low`. */
function matchText(match: Record<string, unknown>): string {
  return Object.entries(match)
    .map(([key, value]) => `${humanize(key.replace(/Ids$/, 's').replace(/([A-Z])/g, '-$1').toLowerCase())} ${Array.isArray(value) ? value.join(', ') : String(value)}`)
    .join(' · ')
}

function Exemptions(props: { onChange: () => void }) {
  const session = useSession()
  const canRevoke = session?.role === 'analyst' || session?.role === 'admin'
  const list = useApi(() => listExemptions(), [])
  const [error, setError] = useState<ApiError | undefined>(undefined)
  const items = list.data?.items ?? []
  return (
    <Card title={`Exemptions (${count(items.length)})`} id="exemptions">
      {list.state === 'error' && <ProblemNotice error={list.error} onRetry={list.reload} />}
      {error !== undefined && <ProblemNotice error={error} />}
      {items.length === 0 ? (
        <p class="muted small">No exemption in force. Analysts exempt findings from a recommendation's page.</p>
      ) : (
        <table class="table table-compact">
          <caption class="visually-hidden">Exemptions</caption>
          <thead>
            <tr>
              <th scope="col">Exemption</th>
              <th scope="col">Covers</th>
              <th scope="col">State</th>
              <th scope="col">By</th>
              {canRevoke && (
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id}>
                <td>
                  {e.name}
                  <div class="muted small">
                    {humanize(e.category)} · {e.justification}
                  </div>
                </td>
                <td class="small break">{matchText(e.match)}</td>
                <td class="small">
                  {humanize(e.state)}
                  {e.expiresAt !== null && <div class="muted">until {dateTime(e.expiresAt)}</div>}
                </td>
                <td class="small">
                  {e.createdBy}
                  <div class="muted">{dateTime(e.createdAt)}</div>
                </td>
                {canRevoke && (
                  <td class="nowrap">
                    <button
                      type="button"
                      class="button button-quiet small"
                      aria-label={`Revoke ${e.name}`}
                      onClick={() => {
                        setError(undefined)
                        revokeExemption(e.id).then(
                          () => {
                            list.reload()
                            props.onChange()
                          },
                          (err: unknown) => setError(err instanceof ApiError ? err : new ApiError({ title: 'Failed', status: 0, detail: String(err), code: 'CLIENT' })),
                        )
                      }}
                    >
                      Revoke
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  )
}

export function SecureScorePage() {
  const route = useRoute()
  const scope = route.params.get('scope') ?? ''
  const score = useApi(() => loadScore(scope === '' ? [] : [scope]), [scope])
  const history = useApi(() => loadScoreHistory(50), [])
  const header = <PageHeader title="Secure score" subtitle="How much of the possible posture you have, per control and over time" />
  if (score.state === 'error' && score.error.status === 404 && scope === '') {
    return (
      <>
        {header}
        <NoSnapshot />
      </>
    )
  }
  const data = score.data
  const selected = scope === '' ? undefined : data?.selected[0]
  const shown = selected ?? data
  return (
    <>
      {header}
      {score.state === 'error' && <ProblemNotice error={score.error} onRetry={score.reload} />}
      {data === undefined ? (
        score.state === 'loading' && <Loading />
      ) : data.max === 0 ? (
        <EmptyState title="No secure score in this snapshot yet" icon="◔">
          <p class="small">The score appears when rules have evaluated resources in this snapshot.</p>
        </EmptyState>
      ) : (
        <>
          <ScopePicker key={scope} score={data} scope={scope} />
          <div class="stats-row" aria-busy={score.state === 'loading'}>
            <Stat label={selected === undefined ? 'secure score' : `score of ${selected.name}`} value={`${(shown?.percentage ?? 0).toFixed(1)}%`} />
            <Stat label="points" value={`${(shown?.current ?? 0).toFixed(2)} / ${(shown?.max ?? 0).toFixed(0)}`} />
            {selected !== undefined && <Stat label="resources" value={count(selected.resources)} />}
            <Stat label="active exemptions" value={count(data.exemptions.active)} />
          </div>
          <meter min={0} max={100} value={shown?.percentage ?? 0} aria-label="Secure score" />
          <Card title="Security controls" id="controls">
            <ControlsTable controls={selected?.controls ?? data.controls} />
          </Card>
        </>
      )}
      {history.data !== undefined && history.data.history.length > 0 && <History history={history.data.history} />}
      <Exemptions onChange={score.reload} />
    </>
  )
}
