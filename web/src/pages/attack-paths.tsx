/**
 * Attack paths: the list (search, filters by risk, category, cloud, entry and target kind, grouping,
 * server-side sort and paging), choke points and what-if; `?id=` opens one path (attack-path.tsx). The
 * URL holds the whole state, so every view is a link.
 */
import { useState } from 'preact/hooks'
import { getChokePoints, getPathDiff, listPaths, runWhatIf } from '../api/attack-paths.js'
import type { PathListQuery, PathPage, PathSummary, WhatIfResult } from '../api/attack-paths.js'
import { ApiError } from '../api/client.js'
import { useApi } from '../api/use-api.js'
import { Facet } from '../components/facet.js'
import { Link } from '../components/link.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { RiskBadge } from '../components/risk-badge.js'
import { Pager } from '../components/pager.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import '../paths-explorer.css'
import { href, navigate } from '../router.js'
import { AttackPathPage } from './attack-path.js'

const LIST_KEYS = ['risk', 'category', 'provider', 'entryKind', 'targetKind'] as const
type ListKey = (typeof LIST_KEYS)[number]
const RISKS = ['critical', 'high', 'medium', 'low'] as const
const GROUPS = [
  ['', 'No grouping'],
  ['risk', 'Risk'],
  ['category', 'Category'],
  ['provider', 'Cloud'],
  ['entry-kind', 'Entry kind'],
  ['target-kind', 'Target kind'],
  ['target', 'Target'],
] as const
const SORTS = [
  ['risk', 'Risk'],
  ['title', 'Title'],
  ['count', 'Paths in group'],
  ['length', 'Steps'],
  ['entry', 'Entry'],
  ['target', 'Target'],
] as const
const VIEWS = [
  ['paths', 'Paths'],
  ['choke-points', 'Choke points'],
  ['what-if', 'What-if'],
  ['changes', 'Changes'],
] as const
type View = (typeof VIEWS)[number][0]

interface Filters {
  readonly lists: Record<ListKey, readonly string[]>
  readonly q: string
  readonly groupBy: string
  readonly sort: string
  readonly offset: number
  readonly limit: number
  readonly view: View
}

function filtersOf(params: URLSearchParams): Filters {
  const offset = Number(params.get('offset') ?? '0')
  const view = params.get('view')
  return {
    lists: {
      risk: params.getAll('risk'),
      category: params.getAll('category'),
      provider: params.getAll('provider'),
      entryKind: params.getAll('entryKind'),
      targetKind: params.getAll('targetKind'),
    },
    q: params.get('q') ?? '',
    groupBy: params.get('groupBy') ?? '',
    sort: params.get('sort') ?? 'risk',
    offset: Number.isSafeInteger(offset) && offset >= 0 ? offset : 0,
    limit: 25,
    view: view === 'choke-points' || view === 'what-if' || view === 'changes' ? view : 'paths',
  }
}

function linkTo(filters: Filters, change: Partial<Omit<Filters, 'lists'>> & { lists?: Partial<Record<ListKey, readonly string[]>> }): string {
  const next = { ...filters, ...change, lists: { ...filters.lists, ...change.lists } }
  return href('/attack-paths', {
    ...next.lists,
    q: next.q,
    groupBy: next.groupBy,
    sort: next.sort === 'risk' ? undefined : next.sort,
    offset: change.offset === undefined || change.offset === 0 ? undefined : change.offset,
    view: next.view === 'paths' ? undefined : next.view,
  })
}

const FACETS: readonly { key: ListKey; facet: keyof PathPage['facets']; title: string; label: (v: string) => string }[] = [
  { key: 'risk', facet: 'risk', title: 'Risk', label: humanize },
  { key: 'category', facet: 'category', title: 'Category', label: humanize },
  { key: 'provider', facet: 'provider', title: 'Cloud', label: providerLabel },
  { key: 'entryKind', facet: 'entryKind', title: 'Entry kind', label: (v) => v },
  { key: 'targetKind', facet: 'targetKind', title: 'Target kind', label: (v) => v },
]

function PathFacet(props: { spec: (typeof FACETS)[number]; counts: Record<string, number>; filters: Filters }) {
  const { key, title, label } = props.spec
  const selected = props.filters.lists[key]
  const entries = Object.entries(props.counts)
  if (key === 'risk') entries.sort(([a], [b]) => RISKS.indexOf(a as (typeof RISKS)[number]) - RISKS.indexOf(b as (typeof RISKS)[number]))
  else entries.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  const toggle = (value: string) =>
    navigate(linkTo(props.filters, { lists: { [key]: selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value] } }))
  return <Facet title={title} entries={entries} selected={selected} label={label} onToggle={toggle} />
}

function PathRow(props: { path: PathSummary }) {
  const { path } = props
  return (
    <tr>
      <td>
        <RiskBadge risk={path.risk} />
      </td>
      <td>
        <Link href={href('/attack-paths', { id: path.id })}>{path.title}</Link>
        <div class="muted small">{path.categories.map(humanize).join(' · ')}</div>
      </td>
      <td class="small">
        <div class="truncate" title={path.entry.id}>
          {path.entry.name}
        </div>
        <div class="truncate">
          <code class="small muted">{path.entry.kind}</code>
        </div>
      </td>
      <td class="small">
        <div class="truncate" title={path.target.id}>
          {path.target.name}
        </div>
        <div class="truncate">
          <code class="small muted">{path.target.kind}</code>
        </div>
      </td>
      <td class="small">{path.providers.map(providerLabel).join(' → ')}</td>
      <td class="small nowrap">{path.length}</td>
      <td class="small nowrap">{count(path.count)}</td>
    </tr>
  )
}

function PathTable(props: { page: PathPage; filters: Filters }) {
  const { page } = props
  const groupOf = (path: PathSummary): string | undefined => {
    switch (props.filters.groupBy) {
      case 'risk':
        return path.risk
      case 'category':
        return path.categories[0]
      case 'provider':
        return path.providers[0]
      case 'entry-kind':
        return path.entry.kind
      case 'target-kind':
        return path.target.kind
      case 'target':
        return path.target.id
      default:
        return undefined
    }
  }
  const groups = new Map((page.groups ?? []).map((g) => [g.key, g]))
  const rows: preact.JSX.Element[] = []
  let last: string | undefined
  for (const path of page.items) {
    const key = groupOf(path)
    if (key !== undefined && key !== last) {
      const group = groups.get(key)
      rows.push(
        <tr class="group-row" key={`group-${key}`}>
          <th colSpan={7} scope="colgroup">
            {group?.label === undefined ? key : humanize(group.label)} · {count(group?.count ?? 0)} path{group?.count === 1 ? '' : 's'}
          </th>
        </tr>,
      )
      last = key
    }
    rows.push(<PathRow key={path.id} path={path} />)
  }
  return (
    <table class="table table-fixed">
      <caption class="visually-hidden">Attack paths</caption>
      <colgroup>
        <col class="col-risk" />
        <col class="col-path" />
        <col class="col-end" />
        <col class="col-end" />
        <col class="col-clouds" />
        <col class="col-num" />
        <col class="col-num" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Risk</th>
          <th scope="col">Attack path</th>
          <th scope="col">Entry point</th>
          <th scope="col">Target</th>
          <th scope="col">Clouds</th>
          <th scope="col">Steps</th>
          <th scope="col">Paths</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  )
}

function SearchAndOptions(props: { filters: Filters }) {
  const [q, setQ] = useState(props.filters.q)
  return (
    <div class="ap-toolbar">
      <form
        role="search"
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          navigate(linkTo(props.filters, { q: q.trim() }))
        }}
      >
        <label for="paths-q" class="visually-hidden">
          Search attack paths
        </label>
        <input id="paths-q" type="search" placeholder="Search title, entry or target…" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="button">
          Search
        </button>
      </form>
      <label>
        Group by
        <select value={props.filters.groupBy} onChange={(e) => navigate(linkTo(props.filters, { groupBy: e.currentTarget.value }))}>
          {GROUPS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select value={props.filters.sort} onChange={(e) => navigate(linkTo(props.filters, { sort: e.currentTarget.value }))}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}

function PathList(props: { filters: Filters; page: PathPage; loading: boolean }) {
  const { filters, page } = props
  const active = LIST_KEYS.some((k) => filters.lists[k].length > 0) || filters.q !== ''
  return (
    <>
      <SearchAndOptions key={filters.q} filters={filters} />
      {active && (
        <div class="chips" aria-label="Active filters">
          {LIST_KEYS.flatMap((k) =>
            filters.lists[k].map((value) => (
              <button
                key={`${k}:${value}`}
                type="button"
                class="chip"
                aria-label={`Remove filter ${k}: ${value}`}
                onClick={() => navigate(linkTo(filters, { lists: { [k]: filters.lists[k].filter((v) => v !== value) } }))}
              >
                {k}: {value} <span aria-hidden="true">×</span>
              </button>
            )),
          )}
          <Link href={linkTo(filters, { lists: { risk: [], category: [], provider: [], entryKind: [], targetKind: [] }, q: '' })} class="small">
            Clear all
          </Link>
        </div>
      )}
      <div class="with-facets">
        <aside class="facets" aria-label="Filters">
          {FACETS.map((spec) => (
            <PathFacet key={spec.key} spec={spec} counts={page.facets[spec.facet]} filters={filters} />
          ))}
        </aside>
        <div class="results" aria-busy={props.loading}>
          {page.items.length === 0 ? (
            <EmptyState title="No attack path matches these filters" icon="∅">
              <p>Remove a filter or change the search.</p>
            </EmptyState>
          ) : (
            <PathTable page={page} filters={filters} />
          )}
          <div class="results-footer">
            <Pager label="Attack path pages" offset={page.offset} limit={page.limit} total={page.total} onPage={(offset) => navigate(linkTo(filters, { offset }))} />
          </div>
        </div>
      </div>
    </>
  )
}

function ChokePointsView() {
  const result = useApi(() => getChokePoints(15), [])
  if (result.state === 'error') return <ProblemNotice error={result.error} onRetry={result.reload} />
  if (result.data === undefined) return <Loading label="Measuring choke points (a what-if per candidate)…" />
  const data = result.data
  return (
    <div class="grid-2">
      <section class="card ap-pad" aria-labelledby="choke-title">
        <h2 id="choke-title">Choke points</h2>
        <p class="muted small">Removing one of these breaks the paths listed — each figure is a recomputed what-if over {count(data.paths)} paths.</p>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Node or move</th>
              <th scope="col">Breaks</th>
              <th scope="col">On paths</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.chokePoints.map((point) => (
              <tr key={point.id}>
                <td>
                  <div>{point.name}</div>
                  <div class="muted small">{point.kind === 'node' ? 'node' : `move ${point.attackEdge ?? ''}`}</div>
                </td>
                <td class="nowrap">{count(point.breaks)}</td>
                <td class="nowrap">{count(point.onPaths)}</td>
                <td>
                  <Link
                    class="small"
                    href={href('/attack-paths', { view: 'what-if', removeNode: point.kind === 'node' ? point.id : undefined, removeEdge: point.kind === 'edge' ? `${point.from ?? ''},${point.to ?? ''}` : undefined })}
                  >
                    What-if
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="card ap-pad" aria-labelledby="rec-impact-title">
        <h2 id="rec-impact-title">Recommendations by paths they break</h2>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Recommendation</th>
              <th scope="col">Breaks</th>
              <th scope="col">Reduces</th>
            </tr>
          </thead>
          <tbody>
            {data.recommendations.map((r) => (
              <tr key={r.findingId}>
                <td>
                  <div>{r.title}</div>
                  <div class="muted small">on {r.nodeName}</div>
                </td>
                <td class="nowrap">{count(r.breaks)}</td>
                <td class="nowrap">{count(r.reduces)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  )
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')

/** What-if: remove nodes or connections, or apply fixes, and see which paths disappear. */
export function WhatIfPanel(props: { params: URLSearchParams }) {
  const [nodes, setNodes] = useState(props.params.getAll('removeNode').join('\n'))
  const [edges, setEdges] = useState(props.params.getAll('removeEdge').join('\n'))
  const [fixes, setFixes] = useState(props.params.getAll('fix').join('\n'))
  const [result, setResult] = useState<WhatIfResult | undefined>()
  const [error, setError] = useState<ApiError | undefined>()
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const removeEdges = lines(edges).map((line) => {
        const [from = '', to = ''] = line.split(',')
        return { from: from.trim(), to: to.trim() }
      })
      setResult(await runWhatIf({ removeNodes: lines(nodes), removeEdges, applyFixes: lines(fixes) }))
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ title: 'What-if failed', status: 0, detail: String(caught), code: 'CLIENT' }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="card ap-pad" aria-labelledby="what-if-title">
      <h2 id="what-if-title">What-if</h2>
      <p class="muted small">Nothing is changed: the snapshot's attack graph is searched again without what you remove.</p>
      <form onSubmit={submit} class="what-if-form">
        <div class="grid-what-if">
          <label>
            Remove nodes (one id per line)
            <textarea class="query-text" value={nodes} onInput={(e) => setNodes(e.currentTarget.value)} />
          </label>
          <label>
            Remove connections (FROM,TO per line)
            <textarea class="query-text" value={edges} onInput={(e) => setEdges(e.currentTarget.value)} />
          </label>
          <label>
            Apply fixes (finding or rule ids)
            <textarea class="query-text" value={fixes} onInput={(e) => setFixes(e.currentTarget.value)} />
          </label>
        </div>
        <div class="actions-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? 'Computing…' : 'Run what-if'}
          </button>
        </div>
      </form>
      {error !== undefined && <ProblemNotice error={error} />}
      {result !== undefined && (
        <div role="status" aria-live="polite">
          <p>
            <strong>
              {count(result.broken.length)} of {count(result.before)} attack paths disappear
            </strong>
            ; {count(result.remaining)} remain.
          </p>
          {result.unmatched.length > 0 && <p class="notice small">Not found in this snapshot: {result.unmatched.join(', ')}</p>}
          <ul>
            {result.broken.map((p) => (
              <li key={p.id}>
                <RiskBadge risk={p.risk} /> <Link href={href('/attack-paths', { id: p.id })}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

/** New, resolved and changed paths since the previous snapshot (`GET /attack-paths/diff`). */
function ChangesView() {
  const result = useApi(() => getPathDiff(undefined, undefined), [])
  if (result.state === 'error' && result.error.status === 404) {
    return (
      <EmptyState title="Nothing to compare with yet" icon="⇄">
        <p>{result.error.problem.detail}</p>
      </EmptyState>
    )
  }
  if (result.state === 'error') return <ProblemNotice error={result.error} onRetry={result.reload} />
  if (result.data === undefined) return <Loading />
  const diff = result.data
  const list = (title: string, paths: readonly PathSummary[]) => (
    <section class="card ap-pad" aria-label={title}>
      <h2>
        {title} ({count(paths.length)})
      </h2>
      {paths.length === 0 ? (
        <p class="muted small">None.</p>
      ) : (
        <ul>
          {paths.map((p) => (
            <li key={p.id}>
              <RiskBadge risk={p.risk} /> {title.startsWith('Resolved') ? p.title : <Link href={href('/attack-paths', { id: p.id })}>{p.title}</Link>}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <>
      <p class="muted">
        Snapshot {diff.from} → {diff.to}: {count(diff.new.length)} new, {count(diff.resolved.length)} resolved, {count(diff.changed.length)} changed,{' '}
        {count(diff.unchanged)} unchanged.
      </p>
      <div class="grid-2">
        {list('New attack paths', diff.new)}
        {list('Resolved attack paths', diff.resolved)}
      </div>
      {diff.changed.length > 0 && (
        <section class="card ap-pad" aria-label="Changed attack paths">
          <h2>Changed ({count(diff.changed.length)})</h2>
          <ul>
            {diff.changed.map((c) => (
              <li key={c.id}>
                <Link href={href('/attack-paths', { id: c.id })}>{c.title}</Link> — risk {c.before.risk} → {c.after.risk}, paths {c.before.count} → {c.after.count}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function ViewTabs(props: { filters: Filters }) {
  return (
    <div class="ap-tabs" role="tablist" aria-label="Attack path views">
      {VIEWS.map(([id, label]) => (
        <button key={id} type="button" role="tab" class="ap-tab" aria-selected={props.filters.view === id} onClick={() => navigate(linkTo(props.filters, { view: id, offset: 0 }))}>
          {label}
        </button>
      ))}
    </div>
  )
}

function ListPage(props: { params: URLSearchParams }) {
  const filters = filtersOf(props.params)
  const key = props.params.toString()
  const result = useApi(() => {
    const query = {
      ...filters.lists,
      ...(filters.q === '' ? {} : { q: filters.q }),
      ...(filters.groupBy === '' ? {} : { groupBy: filters.groupBy }),
      sort: filters.sort,
      limit: String(filters.limit),
      offset: String(filters.offset),
    } as PathListQuery
    return listPaths(query)
  }, [key])
  if (result.state === 'error' && result.error.status === 404 && result.data === undefined) return <NoSnapshot />
  const page = result.data
  const none = page !== undefined && Object.keys(page.facets.risk).length === 0
  return (
    <>
      <PageHeader
        title="Attack paths"
        subtitle={
          page === undefined
            ? 'Chains of weaknesses from an entry point to a critical resource'
            : `${count(page.total)} attack path${page.total === 1 ? '' : 's'} ${LIST_KEYS.some((k) => filters.lists[k].length > 0) || filters.q !== '' ? 'match' : 'in'} snapshot ${page.snapshot.id}`
        }
      />
      {result.state === 'error' && <ProblemNotice error={result.error} onRetry={result.reload} />}
      {page === undefined ? (
        result.state === 'loading' && <Loading />
      ) : none ? (
        <EmptyState title="No attack path analysis in this snapshot yet" icon="⤳">
          <p>No chain of weaknesses leads from an entry point to a critical resource in this snapshot.</p>
        </EmptyState>
      ) : (
        <>
          <ViewTabs filters={filters} />
          {filters.view === 'paths' && <PathList filters={filters} page={page} loading={result.state === 'loading'} />}
          {filters.view === 'choke-points' && <ChokePointsView />}
          {filters.view === 'what-if' && <WhatIfPanel key={key} params={props.params} />}
          {filters.view === 'changes' && <ChangesView />}
        </>
      )}
    </>
  )
}

export function AttackPathsPage(props: { params: URLSearchParams }) {
  const id = props.params.get('id')
  return id === null ? <ListPage params={props.params} /> : <AttackPathPage id={id} params={props.params} />
}
