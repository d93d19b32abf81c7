/**
 * Inventory: every resource of the snapshot, filtered by facets (cloud, family, kind), scope, tags and a
 * name/id search, paged on the server. The URL holds the whole state, so a filtered view is a link.
 */
import type { InferRequestType } from 'hono/client'
import { useState } from 'preact/hooks'
import { api, call } from '../api/client.js'
import { useApi } from '../api/use-api.js'
import { Facet } from '../components/facet.js'
import { Link } from '../components/link.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { Pager } from '../components/pager.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import { href, navigate } from '../router.js'

type InventoryQuery = InferRequestType<typeof api.inventory.$get>['query']

const PAGE_SIZES = [25, 50, 100, 200]
const LIST_KEYS = ['provider', 'family', 'kind', 'scope', 'tag'] as const
type ListKey = (typeof LIST_KEYS)[number]

interface Filters {
  readonly lists: Record<ListKey, readonly string[]>
  readonly q: string
  readonly offset: number
  readonly limit: number
  readonly snapshot: string | undefined
}

function filtersOf(params: URLSearchParams): Filters {
  const limit = Number(params.get('limit') ?? '50')
  const offset = Number(params.get('offset') ?? '0')
  return {
    lists: {
      provider: params.getAll('provider'),
      family: params.getAll('family'),
      kind: params.getAll('kind'),
      scope: params.getAll('scope'),
      tag: params.getAll('tag'),
    },
    q: params.get('q') ?? '',
    offset: Number.isSafeInteger(offset) && offset >= 0 ? offset : 0,
    limit: PAGE_SIZES.includes(limit) ? limit : 50,
    snapshot: params.get('snapshot') ?? undefined,
  }
}

function linkTo(filters: Filters, change: Partial<Omit<Filters, 'lists'>> & { lists?: Partial<Record<ListKey, readonly string[]>> }): string {
  const lists = { ...filters.lists, ...change.lists }
  const next = { ...filters, ...change, lists }
  return href('/inventory', {
    ...lists,
    q: next.q,
    // Any change of filter goes back to the first page.
    offset: change.offset === undefined || change.offset === 0 ? undefined : change.offset,
    limit: next.limit === 50 ? undefined : next.limit,
    snapshot: next.snapshot,
  })
}

function toggle(values: readonly string[], value: string): readonly string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
}

const FACET_LABELS: Record<'provider' | 'family' | 'kind', (value: string) => string> = {
  provider: providerLabel,
  family: humanize,
  kind: (value) => value,
}

function InventoryFacet(props: { name: 'provider' | 'family' | 'kind'; title: string; counts: Record<string, number>; filters: Filters }) {
  const selected = props.filters.lists[props.name]
  const entries = Object.entries(props.counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  // A selected value the current filters leave no resource of stays visible, so it can be unchecked.
  for (const value of selected) if (!(value in props.counts)) entries.push([value, 0])
  return (
    <Facet
      title={props.title}
      entries={entries}
      selected={selected}
      label={FACET_LABELS[props.name]}
      onToggle={(value) => navigate(linkTo(props.filters, { lists: { [props.name]: toggle(selected, value) } }))}
    />
  )
}

function ActiveFilters(props: { filters: Filters }) {
  const chips: { key: string; label: string; target: string }[] = []
  for (const name of LIST_KEYS) {
    for (const value of props.filters.lists[name]) {
      const shown = name === 'provider' ? providerLabel(value) : name === 'family' ? humanize(value) : value
      chips.push({
        key: `${name}:${value}`,
        label: `${name}: ${shown}`,
        target: linkTo(props.filters, { lists: { [name]: props.filters.lists[name].filter((v) => v !== value) } }),
      })
    }
  }
  if (props.filters.q !== '') chips.push({ key: 'q', label: `search: ${props.filters.q}`, target: linkTo(props.filters, { q: '' }) })
  if (chips.length === 0) return null
  return (
    <div class="chips" aria-label="Active filters">
      {chips.map((chip) => (
        <button key={chip.key} type="button" class="chip" onClick={() => navigate(chip.target)} aria-label={`Remove filter ${chip.label}`}>
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <Link href={linkTo(props.filters, { lists: { provider: [], family: [], kind: [], scope: [], tag: [] }, q: '' })} class="small">
        Clear all
      </Link>
    </div>
  )
}

function SearchBar(props: { filters: Filters }) {
  const [q, setQ] = useState(props.filters.q)
  const [tag, setTag] = useState('')
  return (
    <div class="search-bar">
      <form
        role="search"
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          navigate(linkTo(props.filters, { q: q.trim() }))
        }}
      >
        <label for="inventory-q" class="visually-hidden">
          Search by name or id
        </label>
        <input id="inventory-q" type="search" placeholder="Search name or id…" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit" class="button">
          Search
        </button>
      </form>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (tag.trim() === '') return
          navigate(linkTo(props.filters, { lists: { tag: [...props.filters.lists.tag, tag.trim()] } }))
          setTag('')
        }}
      >
        <label for="inventory-tag" class="visually-hidden">
          Filter by tag (key or key=value)
        </label>
        <input id="inventory-tag" type="text" placeholder="Tag: key or key=value" value={tag} onInput={(e) => setTag(e.currentTarget.value)} />
        <button type="submit" class="button">
          Add tag filter
        </button>
      </form>
    </div>
  )
}

export function InventoryPage(props: { params: URLSearchParams }) {
  const filters = filtersOf(props.params)
  const key = props.params.toString()
  const result = useApi(() => {
    const query = {
      ...filters.lists,
      ...(filters.q === '' ? {} : { q: filters.q }),
      ...(filters.snapshot === undefined ? {} : { snapshot: filters.snapshot }),
      limit: String(filters.limit),
      offset: String(filters.offset),
    } as InventoryQuery
    return call(api.inventory.$get({ query }))
  }, [key])

  if (result.state === 'error' && result.error.status === 404 && result.data === undefined) return <NoSnapshot />
  const page = result.data
  return (
    <>
      <PageHeader
        title="Inventory"
        subtitle={
          page === undefined
            ? 'Every resource of the snapshot'
            : `${count(page.total)} ${page.total === 1 ? 'resource matches' : 'resources match'} in snapshot ${page.snapshot.id}`
        }
      />
      <SearchBar key={key} filters={filters} />
      <ActiveFilters filters={filters} />
      {result.state === 'error' && <ProblemNotice error={result.error} onRetry={result.reload} />}
      {page === undefined ? (
        result.state === 'loading' && <Loading />
      ) : (
        <div class="with-facets">
          <aside class="facets" aria-label="Filters">
            <InventoryFacet name="provider" title="Cloud" counts={page.facets.provider} filters={filters} />
            <InventoryFacet name="family" title="Family" counts={page.facets.family} filters={filters} />
            <InventoryFacet name="kind" title="Kind" counts={page.facets.kind} filters={filters} />
          </aside>
          <div class="results" aria-busy={result.state === 'loading'}>
            {page.items.length === 0 ? (
              <EmptyState title="No resource matches these filters" icon="∅">
                <p>Remove a filter or change the search.</p>
              </EmptyState>
            ) : (
              <table class="table table-fixed">
                <caption class="visually-hidden">Resources</caption>
                <colgroup>
                  <col class="col-name" />
                  <col class="col-kind" />
                  <col class="col-cloud" />
                  <col class="col-scope" />
                  <col class="col-region" />
                  <col class="col-insights" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Cloud</th>
                    <th scope="col">Scope</th>
                    <th scope="col">Region</th>
                    <th scope="col">Insights</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={item.id}>
                      <td class="cell-name">
                        <div class="truncate">
                          <Link href={href('/resource', { id: item.id, snapshot: filters.snapshot })} title={item.id}>
                            {item.name}
                          </Link>
                        </div>
                        <div class="muted small truncate" title={item.id}>
                          {item.id}
                        </div>
                      </td>
                      <td>
                        <div class="truncate" title={item.kind}>
                          <code class="small">{item.kind}</code>
                        </div>
                      </td>
                      <td>
                        <span class={`cloud cloud-${item.provider}`}>{providerLabel(item.provider)}</span>
                      </td>
                      <td class="small">
                        <div class="truncate" title={item.scope}>
                          {item.scope === '' ? <span class="muted">—</span> : (item.scopeName ?? item.scope)}
                        </div>
                      </td>
                      <td class="small nowrap">{item.region ?? <span class="muted">—</span>}</td>
                      <td>
                        {item.insights.map((insight) => (
                          <span key={insight} class={`badge insight insight-${insight}`}>
                            {humanize(insight)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div class="results-footer">
              <label class="small">
                Rows per page{' '}
                <select value={String(filters.limit)} onChange={(e) => navigate(linkTo(filters, { limit: Number(e.currentTarget.value) }))}>
                  {PAGE_SIZES.map((size) => (
                    <option key={size} value={String(size)}>
                      {size}
                    </option>
                  ))}
                </select>
              </label>
              <Pager
                label="Inventory pages"
                offset={page.offset}
                limit={page.limit}
                total={page.total}
                onPage={(offset) => navigate(linkTo(filters, { offset }))}
              />
            </div>
          </div>
        </div>
      )}
    </>
  )
}
