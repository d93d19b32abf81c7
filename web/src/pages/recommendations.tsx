/**
 * Recommendations: by security control with the secure score each would add, or by resource ranked by
 * risk; filters for cloud, severity, risk, status and owner; a recommendation's page with its
 * remediation and affected resources (unhealthy / healthy / not applicable / exempted), and an "exempt"
 * action for analysts. The URL holds the whole state; paging and aggregation happen on the server.
 */
import { useState } from 'preact/hooks'
import type { ComponentChildren } from 'preact'
import { ApiError } from '../api/client.js'
import {
  createExemption,
  downloadExport,
  loadRecommendation,
  loadRecommendations,
  loadResourceFindings,
} from '../api/posture.js'
import type { ControlGroup, Finding, RecommendationDetail } from '../api/posture.js'
import { useApi } from '../api/use-api.js'
import { Card, Stat } from '../components/card.js'
import { Level, Tabs } from '../components/level.js'
import { Link } from '../components/link.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { Pager } from '../components/pager.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import { href, navigate, useRoute } from '../router.js'
import { useSession } from '../session.js'
import '../posture.css'

const LEVELS = ['critical', 'high', 'medium', 'low'] as const
const CLOUDS = ['aws', 'azure', 'gcp', 'kubernetes'] as const
const STATES = [
  { id: 'unhealthy', label: 'Unhealthy' },
  { id: 'healthy', label: 'Healthy' },
  { id: 'exempted', label: 'Exempted' },
  { id: 'not-applicable', label: 'Not evaluated' },
] as const
const PAGE = 50

type View = 'control' | 'resource'

interface Filters {
  readonly view: View
  readonly provider: string
  readonly severity: string
  readonly risk: string
  readonly state: string
  readonly owner: string
  readonly q: string
  readonly offset: number
}

function filtersOf(params: URLSearchParams): Filters {
  const offset = Number(params.get('offset') ?? '0')
  return {
    view: params.get('view') === 'resource' ? 'resource' : 'control',
    provider: params.get('provider') ?? '',
    severity: params.get('severity') ?? '',
    risk: params.get('risk') ?? '',
    state: params.get('state') ?? '',
    owner: params.get('owner') ?? '',
    q: params.get('q') ?? '',
    offset: Number.isSafeInteger(offset) && offset > 0 ? offset : 0,
  }
}

function linkTo(filters: Filters, change: Partial<Filters>): string {
  const next = { ...filters, offset: 0, ...change }
  return href('/recommendations', {
    view: next.view === 'control' ? undefined : next.view,
    provider: next.provider,
    severity: next.severity,
    risk: next.risk,
    state: next.state,
    owner: next.owner,
    q: next.q,
    offset: next.offset === 0 ? undefined : next.offset,
  })
}

/** The value as a one-element list when it is one of `allowed` (URL parameters are untrusted text). */
function pick<T extends string>(allowed: readonly T[], value: string): T[] {
  return (allowed as readonly string[]).includes(value) ? [value as T] : []
}

/** The cloud, severity and risk filters as API query parameters. */
function common(f: Filters) {
  return { provider: pick(CLOUDS, f.provider), severity: pick(LEVELS, f.severity), risk: pick(LEVELS, f.risk) }
}

function Select(props: { label: string; value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">All</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function FilterBar(props: { filters: Filters }) {
  const f = props.filters
  const [q, setQ] = useState(f.q)
  const [owner, setOwner] = useState(f.owner)
  const levels = LEVELS.map((l) => ({ value: l, label: humanize(l) }))
  return (
    <form
      class="filter-bar"
      role="search"
      aria-label="Filter recommendations"
      onSubmit={(e) => {
        e.preventDefault()
        navigate(linkTo(f, { q, owner }))
      }}
    >
      <Select label="Cloud" value={f.provider} options={CLOUDS.map((c) => ({ value: c, label: providerLabel(c) }))} onChange={(provider) => navigate(linkTo(f, { provider }))} />
      <Select label="Severity" value={f.severity} options={levels} onChange={(severity) => navigate(linkTo(f, { severity }))} />
      <Select label="Risk" value={f.risk} options={levels} onChange={(risk) => navigate(linkTo(f, { risk }))} />
      {f.view === 'control' && (
        <Select label="Status" value={f.state} options={STATES.map((s) => ({ value: s.id, label: s.label }))} onChange={(state) => navigate(linkTo(f, { state }))} />
      )}
      <label>
        Owner
        <input type="text" value={owner} placeholder="email or team" onInput={(e) => setOwner(e.currentTarget.value)} />
      </label>
      <label>
        {f.view === 'control' ? 'Recommendation' : 'Resource'}
        <input type="search" value={q} placeholder={f.view === 'control' ? 'title or rule id' : 'name or id'} onInput={(e) => setQ(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">
        Apply
      </button>
      {(f.provider || f.severity || f.risk || f.state || f.owner || f.q) !== '' && (
        <Link href={linkTo({ ...f, provider: '', severity: '', risk: '', state: '', owner: '', q: '' }, {})} class="small">
          Clear filters
        </Link>
      )}
    </form>
  )
}

function ControlTable(props: { group: ControlGroup }) {
  const g = props.group
  return (
    <details class="control-group" open>
      <summary>
        <span class="control-title">{g.title}</span>
        <span class="muted small nowrap">
          {count(g.unhealthy)} of {count(g.unhealthy + g.healthy)} resources unhealthy
        </span>
        <span class="small nowrap">
          {g.current.toFixed(2)} / {g.max} pts
        </span>
        <span class="impact" title="Potential score increase">
          +{g.potentialIncrease.toFixed(2)}
        </span>
      </summary>
      <table class="table table-compact">
        <caption class="visually-hidden">Recommendations of {g.title}</caption>
        <thead>
          <tr>
            <th scope="col">Recommendation</th>
            <th scope="col">Cloud</th>
            <th scope="col">Severity</th>
            <th scope="col">Risk</th>
            <th scope="col" class="num">
              Unhealthy
            </th>
            <th scope="col" class="num">
              Healthy
            </th>
            <th scope="col" class="num">
              Score impact
            </th>
          </tr>
        </thead>
        <tbody>
          {g.recommendations.map((r) => (
            <tr key={r.id}>
              <td>
                <Link href={href('/recommendations', { rule: r.id })}>{r.title}</Link>
                <div class="muted small">
                  <code>{r.id}</code>
                  {r.tally.exempted > 0 && <> · {count(r.tally.exempted)} exempted</>}
                </div>
              </td>
              <td class="small">{r.provider === null ? '—' : <span class={`cloud cloud-${r.provider}`}>{providerLabel(r.provider)}</span>}</td>
              <td>
                <Level level={r.severity} />
              </td>
              <td>
                <Level level={r.risk} />
              </td>
              <td class="num">{count(r.tally.unhealthy)}</td>
              <td class="num">{count(r.tally.healthy)}</td>
              <td class="num impact">{r.potentialIncrease > 0 ? `+${r.potentialIncrease.toFixed(2)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}

function ByControl(props: { filters: Filters }) {
  const f = props.filters
  const result = useApi(
    () =>
      loadRecommendations({
        ...common(f),
        state: pick(
          STATES.map((x) => x.id),
          f.state,
        ),
        ...(f.owner === '' ? {} : { owner: f.owner }),
        ...(f.q === '' ? {} : { q: f.q }),
      }),
    [f.provider, f.severity, f.risk, f.state, f.owner, f.q],
  )
  if (result.state === 'error') return result.error.status === 404 ? <NoSnapshot /> : <ProblemNotice error={result.error} onRetry={result.reload} />
  const data = result.data
  if (data === undefined) return <Loading />
  return (
    <div aria-busy={result.state === 'loading'}>
      <div class="stats-row">
        <Stat label="secure score" value={`${Math.round(data.score.percentage)}%`} />
        <Stat label="recommendations shown" value={count(data.total)} />
        <Stat label="controls" value={count(data.controls.length)} />
        <Stat
          label="points available"
          value={`+${data.controls.reduce((sum, c) => sum + c.potentialIncrease, 0).toFixed(1)}`}
          hint="if every unhealthy resource shown were fixed"
        />
      </div>
      {data.controls.length === 0 ? (
        <EmptyState title="No recommendation matches" icon="✓">
          <p class="small">Change the filters, or pick the healthy status to see what passes.</p>
        </EmptyState>
      ) : (
        data.controls.map((group) => <ControlTable key={group.id} group={group} />)
      )}
    </div>
  )
}

function ByResource(props: { filters: Filters }) {
  const f = props.filters
  const result = useApi(
    () =>
      loadResourceFindings({
        limit: String(PAGE),
        offset: String(f.offset),
        ...common(f),
        ...(f.owner === '' ? {} : { owner: f.owner }),
        ...(f.q === '' ? {} : { q: f.q }),
      }),
    [f.provider, f.severity, f.risk, f.owner, f.q, f.offset],
  )
  if (result.state === 'error') return result.error.status === 404 ? <NoSnapshot /> : <ProblemNotice error={result.error} onRetry={result.reload} />
  const data = result.data
  if (data === undefined) return <Loading />
  return (
    <div aria-busy={result.state === 'loading'}>
      <p class="muted">
        {count(data.total)} unhealthy {data.total === 1 ? 'resource' : 'resources'}, highest risk first
      </p>
      {data.items.length === 0 ? (
        <EmptyState title="No unhealthy resource matches" icon="✓" />
      ) : (
        <table class="table">
          <caption class="visually-hidden">Unhealthy resources</caption>
          <thead>
            <tr>
              <th scope="col">Resource</th>
              <th scope="col">Cloud</th>
              <th scope="col">Risk</th>
              <th scope="col" class="num">
                Unhealthy
              </th>
              <th scope="col">Recommendations</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={r.nodeId}>
                <td>
                  <Link href={href('/resource', { id: r.nodeId })}>{r.name}</Link>
                  <div class="muted small">
                    <code>{r.kind}</code>
                  </div>
                </td>
                <td class="small">
                  <span class={`cloud cloud-${r.provider}`}>{providerLabel(r.provider)}</span>
                </td>
                <td>
                  <Level level={r.risk} />
                </td>
                <td class="num">{count(r.unhealthy)}</td>
                <td class="small">
                  {r.rules.slice(0, 3).map((rule, i) => (
                    <span key={rule.id}>
                      {i > 0 && ' · '}
                      <Link href={href('/recommendations', { rule: rule.id })}>{rule.title}</Link>
                    </span>
                  ))}
                  {r.rules.length > 3 && <span class="muted"> · {r.rules.length - 3} more</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager label="Resource pages" offset={f.offset} limit={PAGE} total={data.total} onPage={(offset) => navigate(linkTo(f, { offset }))} />
    </div>
  )
}

function ExportButtons(props: { filters: Filters }) {
  const [error, setError] = useState<ApiError | undefined>(undefined)
  const f = props.filters
  const run = (format: 'csv' | 'sarif' | 'ocsf' | 'json') => {
    setError(undefined)
    downloadExport({
      format,
      ...common(f),
    }).catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError({ title: 'Export failed', status: 0, detail: String(e), code: 'CLIENT' })))
  }
  return (
    <span class="inline-form">
      <span class="muted small">Export</span>
      {(['csv', 'sarif', 'ocsf'] as const).map((format) => (
        <button key={format} type="button" class="button button-quiet" onClick={() => run(format)}>
          {format.toUpperCase()}
        </button>
      ))}
      {error !== undefined && <span class="field-error small">{error.problem.detail}</span>}
    </span>
  )
}

function ExemptForm(props: { ruleId: string; resource?: Finding; onDone: () => void; onCancel: () => void }) {
  const [category, setCategory] = useState<'mitigated' | 'waiver'>('mitigated')
  const [justification, setJustification] = useState('')
  const [expires, setExpires] = useState('')
  const [error, setError] = useState<ApiError | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const what = props.resource === undefined ? 'every resource of this recommendation' : props.resource.name
  return (
    <form
      class="exempt-form card"
      aria-label="Exempt"
      onSubmit={(e) => {
        e.preventDefault()
        setBusy(true)
        setError(undefined)
        createExemption({
          category,
          justification,
          ...(expires === '' ? {} : { expiresAt: new Date(`${expires}T23:59:59Z`).toISOString() }),
          match: { ruleIds: [props.ruleId], ...(props.resource === undefined ? {} : { resourceIds: [props.resource.nodeId] }) },
        }).then(
          () => props.onDone(),
          (err: unknown) => {
            setBusy(false)
            setError(err instanceof ApiError ? err : new ApiError({ title: 'Failed', status: 0, detail: String(err), code: 'CLIENT' }))
          },
        )
      }}
    >
      <h3>Exempt {what}</h3>
      <label>
        Category
        <select value={category} onChange={(e) => setCategory(e.currentTarget.value === 'waiver' ? 'waiver' : 'mitigated')}>
          <option value="mitigated">Mitigated — handled another way (counts healthy)</option>
          <option value="waiver">Waiver — risk accepted (left out of the score)</option>
        </select>
      </label>
      <label>
        Justification
        <textarea required rows={2} value={justification} onInput={(e) => setJustification(e.currentTarget.value)} />
      </label>
      <label>
        Expires (optional)
        <input type="date" value={expires} onInput={(e) => setExpires(e.currentTarget.value)} />
      </label>
      {error !== undefined && (
        <p class="field-error" role="alert">
          {error.problem.detail}
        </p>
      )}
      <span class="inline-form">
        <button type="submit" class="button button-primary" disabled={busy || justification.trim() === ''}>
          Exempt
        </button>
        <button type="button" class="button button-quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </span>
    </form>
  )
}

const RESOURCE_TABS = [
  { id: 'unhealthy', label: 'Unhealthy' },
  { id: 'healthy', label: 'Healthy' },
  { id: 'not-applicable', label: 'Not applicable' },
  { id: 'exempted', label: 'Exempted' },
] as const
type ResourceTab = (typeof RESOURCE_TABS)[number]['id']

function Remediation(props: { detail: RecommendationDetail['recommendation'] }) {
  const r = props.detail.remediation
  return (
    <Card title="Remediation" id="remediation">
      <div class="remediation">
        <ol>
          {r.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {r.cli !== undefined && (
          <>
            <h3 class="small">CLI</h3>
            <pre>
              <code>{r.cli}</code>
            </pre>
          </>
        )}
        {r.terraform !== undefined && (
          <>
            <h3 class="small">Terraform</h3>
            <pre>
              <code>{r.terraform}</code>
            </pre>
          </>
        )}
      </div>
    </Card>
  )
}

function RecommendationPage(props: { ruleId: string; params: URLSearchParams }) {
  const session = useSession()
  const canExempt = session?.role === 'analyst' || session?.role === 'admin'
  const statusParam = props.params.get('status')
  const tab: ResourceTab = RESOURCE_TABS.some((t) => t.id === statusParam) ? (statusParam as ResourceTab) : 'unhealthy'
  const offset = Math.max(0, Number(props.params.get('offset') ?? '0') || 0)
  const [exempting, setExempting] = useState<{ resource?: Finding } | undefined>(undefined)
  const [notice, setNotice] = useState<string | undefined>(undefined)
  const result = useApi(() => loadRecommendation(props.ruleId, { status: tab, limit: String(PAGE), offset: String(offset) }), [props.ruleId, tab, offset])
  const go = (change: { status?: ResourceTab; offset?: number }) =>
    navigate(href('/recommendations', { rule: props.ruleId, status: change.status ?? tab, offset: change.offset ?? undefined }), { replace: true })
  let body: ComponentChildren
  if (result.state === 'error') body = <ProblemNotice error={result.error} onRetry={result.reload} />
  else if (result.data === undefined) body = <Loading />
  else {
    const { recommendation: r, resources } = result.data
    const tallyOf: Record<ResourceTab, number> = {
      unhealthy: r.tally.unhealthy,
      healthy: r.tally.healthy,
      'not-applicable': r.tally.notApplicable,
      exempted: r.tally.exempted,
    }
    body = (
      <>
        <div class="stats-row">
          <Stat label="unhealthy resources" value={count(r.tally.unhealthy)} />
          <Stat label="healthy resources" value={count(r.tally.healthy)} />
          <Stat label="potential score increase" value={`+${r.potentialIncrease.toFixed(2)}`} />
          <Stat label="control" value={r.controlTitle} />
        </div>
        <p>
          <Level level={r.severity} /> severity · highest risk <Level level={r.risk} /> · {r.provider === null ? 'any cloud' : providerLabel(r.provider)}
          {r.categories.length > 0 && <span class="muted"> · {r.categories.map(humanize).join(', ')}</span>}
        </p>
        <p>{r.description}</p>
        {Object.keys(r.frameworks).length > 0 && (
          <p class="small muted">
            Frameworks:{' '}
            {Object.entries(r.frameworks)
              .map(([fw, reqs]) => `${fw} ${reqs.join(', ')}`)
              .join(' · ')}
          </p>
        )}
        {notice !== undefined && (
          <p class="notice" role="status">
            {notice}
          </p>
        )}
        {exempting !== undefined && (
          <ExemptForm
            ruleId={r.id}
            {...(exempting.resource === undefined ? {} : { resource: exempting.resource })}
            onCancel={() => setExempting(undefined)}
            onDone={() => {
              setExempting(undefined)
              setNotice('Exemption created: the lists and the score now account for it.')
              result.reload()
            }}
          />
        )}
        <section class="card" aria-labelledby="affected-title">
          <header class="card-header">
            <h2 id="affected-title">Affected resources</h2>
            {canExempt && r.tally.unhealthy > 0 && exempting === undefined && (
              <button type="button" class="button" onClick={() => setExempting({})}>
                Exempt all…
              </button>
            )}
          </header>
          <div class="card-body">
            <Tabs
              label="Resources by status"
              tabs={RESOURCE_TABS.map((t) => ({ id: t.id, label: `${t.label} (${count(tallyOf[t.id])})` }))}
              current={tab}
              onSelect={(status) => go({ status, offset: 0 })}
            />
            <div role="tabpanel" aria-busy={result.state === 'loading'}>
              {resources.status !== tab || resources.offset !== offset ? (
                // Another tab's rows must not show under this tab's name while its page loads.
                <Loading />
              ) : resources.items.length === 0 ? (
                <p class="muted">No {RESOURCE_TABS.find((t) => t.id === tab)?.label.toLowerCase()} resources.</p>
              ) : (
                <table class="table">
                  <caption class="visually-hidden">Resources {tab}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Resource</th>
                      <th scope="col">Cloud</th>
                      {tab === 'unhealthy' && <th scope="col">Risk</th>}
                      <th scope="col">Finding</th>
                      {canExempt && tab === 'unhealthy' && (
                        <th scope="col">
                          <span class="visually-hidden">Actions</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {resources.items.map((f) => (
                      <tr key={f.id}>
                        <td>
                          <Link href={href('/resource', { id: f.nodeId })}>{f.name}</Link>
                          <div class="muted small truncate" title={f.nodeId}>
                            {f.kind}
                          </div>
                        </td>
                        <td class="small">
                          <span class={`cloud cloud-${f.provider}`}>{providerLabel(f.provider)}</span>
                        </td>
                        {tab === 'unhealthy' && (
                          <td>
                            <Level level={f.risk} />
                            {f.riskFactors.length > 0 && <div class="muted small">{f.riskFactors.map((x) => humanize(x.factor)).join(', ')}</div>}
                          </td>
                        )}
                        <td class="small">
                          {f.message}
                          {f.exemption !== null && (
                            <div class="muted">
                              {humanize(f.exemption.category)}: {f.exemption.name}
                            </div>
                          )}
                        </td>
                        {canExempt && tab === 'unhealthy' && (
                          <td>
                            <button type="button" class="button button-quiet small" onClick={() => setExempting({ resource: f })} aria-label={`Exempt ${f.name}`}>
                              Exempt
                            </button>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <Pager label="Affected resource pages" offset={offset} limit={PAGE} total={resources.total} onPage={(next) => go({ offset: next })} />
            </div>
          </div>
        </section>
        <Remediation detail={r} />
      </>
    )
  }
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/recommendations">Recommendations</Link>
      </nav>
      <PageHeader title={result.data?.recommendation.title ?? props.ruleId} subtitle={<code>{props.ruleId}</code>} />
      {body}
    </>
  )
}

export function RecommendationsPage() {
  const route = useRoute()
  const rule = route.params.get('rule')
  if (rule !== null && rule !== '') return <RecommendationPage ruleId={rule} params={route.params} />
  const filters = filtersOf(route.params)
  return (
    <>
      <PageHeader
        title="Recommendations"
        subtitle="What to fix, by security control with the secure score it is worth, or by resource by risk"
        actions={<ExportButtons filters={filters} />}
      />
      <Tabs
        label="Group recommendations"
        tabs={[
          { id: 'control', label: 'By control' },
          { id: 'resource', label: 'By resource' },
        ]}
        current={filters.view}
        onSelect={(view) => navigate(linkTo(filters, { view }))}
      />
      <FilterBar key={filters.view} filters={filters} />
      {filters.view === 'control' ? <ByControl filters={filters} /> : <ByResource filters={filters} />}
    </>
  )
}
