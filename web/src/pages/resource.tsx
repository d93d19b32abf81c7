/**
 * A resource: its facts, insights (with evidence), tags, provider properties, provenance, and its
 * connections each way (paged, filterable by edge kind). Recommendations fill in when the engine lands.
 */
import type { InferRequestType } from 'hono/client'
import { useEffect, useState } from 'preact/hooks'
import { ApiError, api, call } from '../api/client.js'
import { useApi } from '../api/use-api.js'
import { Card } from '../components/card.js'
import { JsonView } from '../components/json-view.js'
import { Link } from '../components/link.js'
import { PageHeader } from '../components/page-header.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import { href } from '../router.js'

type NodeResponse = Awaited<ReturnType<typeof loadNode>>
type EdgePage = NodeResponse['edges']['out']
type Direction = 'out' | 'in'
type EdgeKind = NonNullable<InferRequestType<(typeof api.nodes)[':id']['edges']['$get']>['query']['kind']>

function loadNode(id: string, snapshot: string | undefined) {
  return call(
    api.nodes[':id'].$get({
      param: { id: encodeURIComponent(id) },
      query: { edgeLimit: '25', ...(snapshot === undefined ? {} : { snapshot }) },
    }),
  )
}

function resourceLink(id: string, snapshot: string | undefined): string {
  return href('/resource', { id, snapshot })
}

function Facts(props: { data: NodeResponse; snapshot: string | undefined }) {
  const { node } = props.data
  return (
    <Card title="Resource" id="facts">
      <dl class="facts">
        <dt>Id</dt>
        <dd>
          <code class="break">{node.id}</code>
        </dd>
        <dt>Kind</dt>
        <dd>
          <Link href={href('/inventory', { kind: node.kind, snapshot: props.snapshot })}>
            <code>{node.kind}</code>
          </Link>
        </dd>
        <dt>Family</dt>
        <dd>
          <Link href={href('/inventory', { family: node.family, snapshot: props.snapshot })}>{humanize(node.family)}</Link>
        </dd>
        <dt>Cloud</dt>
        <dd>
          <span class={`cloud cloud-${node.provider}`}>{providerLabel(node.provider)}</span>
        </dd>
        <dt>Scope</dt>
        <dd>
          {node.scope === '' ? (
            <span class="muted">—</span>
          ) : node.scope === node.id ? (
            <span>this resource</span>
          ) : (
            <Link href={resourceLink(node.scope, props.snapshot)}>
              <code class="break">{node.scope}</code>
            </Link>
          )}
        </dd>
        <dt>Region</dt>
        <dd>{node.region === undefined || node.region === '' ? <span class="muted">—</span> : node.region}</dd>
        <dt>Snapshot</dt>
        <dd>
          <code>{props.data.snapshot.id}</code>
        </dd>
      </dl>
    </Card>
  )
}

function Evidence(props: { items: EdgePage['items'][number]['evidence'] }) {
  if (props.items.length === 0) return null
  return (
    <ul class="evidence">
      {props.items.map((e, i) => (
        <li key={i}>
          <span class="muted">{e.source}</span>
          {e.detail !== undefined && <> · {e.detail}</>}
          {e.location !== undefined && (
            <>
              {' '}
              · <code class="small">{e.location}</code>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

function Insights(props: { data: NodeResponse }) {
  const { insights } = props.data.node
  return (
    <Card title={`Insights (${insights.length})`} id="insights">
      {insights.length === 0 ? (
        <p class="muted">No insights on this resource in this snapshot.</p>
      ) : (
        <ul class="insight-list">
          {insights.map((insight, i) => (
            <li key={`${insight.id}-${i}`}>
              <span class={`badge insight insight-${insight.id}`}>{humanize(insight.id)}</span>
              {Object.keys(insight.params).length > 0 && <JsonView value={insight.params} />}
              <Evidence items={insight.evidence} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

function Tags(props: { data: NodeResponse; snapshot: string | undefined }) {
  const tags = Object.entries(props.data.node.tags)
  return (
    <Card title={`Tags (${tags.length})`} id="tags">
      {tags.length === 0 ? (
        <p class="muted">No tags or labels.</p>
      ) : (
        <table class="table table-compact">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {tags.map(([key, value]) => (
              <tr key={key}>
                <td>
                  <code>{key}</code>
                </td>
                <td>
                  <Link href={href('/inventory', { tag: `${key}=${value}`, snapshot: props.snapshot })} title="Resources with this tag">
                    {value === '' ? <span class="muted">(empty)</span> : value}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  )
}

function EdgeTable(props: {
  nodeId: string
  direction: Direction
  first: EdgePage
  byKind: Record<string, number>
  snapshot: string | undefined
}) {
  const [kind, setKind] = useState<EdgeKind | ''>('')
  const [items, setItems] = useState(props.first.items)
  const [total, setTotal] = useState(props.first.total)
  const [cursor, setCursor] = useState(props.first.nextCursor)
  const [error, setError] = useState<ApiError | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setItems(props.first.items)
    setTotal(props.first.total)
    setCursor(props.first.nextCursor)
    setKind('')
  }, [props.first])

  async function fetchPage(nextKind: EdgeKind | '', from: string | null, append: boolean) {
    setBusy(true)
    setError(undefined)
    try {
      const page = await call(
        api.nodes[':id'].edges.$get({
          param: { id: encodeURIComponent(props.nodeId) },
          query: {
            direction: props.direction,
            limit: '50',
            ...(nextKind === '' ? {} : { kind: nextKind }),
            ...(from === null ? {} : { cursor: from }),
            ...(props.snapshot === undefined ? {} : { snapshot: props.snapshot }),
          },
        }),
      )
      setItems(append ? [...items, ...page.items] : page.items)
      setTotal(page.total)
      setCursor(page.nextCursor)
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught)
      else throw caught
    } finally {
      setBusy(false)
    }
  }

  const title = props.direction === 'out' ? 'Outgoing' : 'Incoming'
  const kinds = Object.entries(props.byKind)
  return (
    <div class="edge-table">
      <div class="edge-table-header">
        <h3>
          {title} <span class="muted">({count(total)})</span>
        </h3>
        {kinds.length > 1 && (
          <label class="small">
            Kind{' '}
            <select
              value={kind}
              onChange={(e) => {
                const next = e.currentTarget.value as EdgeKind | ''
                setKind(next)
                void fetchPage(next, null, false)
              }}
            >
              <option value="">All kinds</option>
              {kinds.map(([k, n]) => (
                <option key={k} value={k}>
                  {humanize(k)} ({count(n)})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {error !== undefined && <ProblemNotice error={error} />}
      {items.length === 0 ? (
        <p class="muted">No {title.toLowerCase()} connections.</p>
      ) : (
        <table class="table table-fixed" aria-busy={busy}>
          <colgroup>
            <col class="col-edge-kind" />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Connection</th>
              <th scope="col">{props.direction === 'out' ? 'To' : 'From'}</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {items.map((edge, i) => (
              <tr key={`${edge.kind}-${edge.node.id}-${i}`}>
                <td>
                  <span class="badge edge-kind">{humanize(edge.kind)}</span>
                </td>
                <td class="cell-name">
                  <Link href={resourceLink(edge.node.id, props.snapshot)} title={edge.node.id}>
                    {edge.node.name}
                  </Link>
                  <div class="muted small">
                    <code>{edge.node.kind}</code> · {providerLabel(edge.node.provider)}
                  </div>
                </td>
                <td>
                  {Object.keys(edge.props).length > 0 && <JsonView value={edge.props} />}
                  <Evidence items={edge.evidence} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor !== null && (
        <button type="button" class="button" disabled={busy} onClick={() => void fetchPage(kind, cursor, true)}>
          {busy ? 'Loading…' : `Show more (${count(total - items.length)} left)`}
        </button>
      )}
    </div>
  )
}

function Connections(props: { data: NodeResponse; snapshot: string | undefined }) {
  const { data } = props
  return (
    <Card title="Connections" id="connections">
      <div class="grid grid-2 grid-tight">
        <EdgeTable nodeId={data.node.id} direction="out" first={data.edges.out} byKind={data.degree.out.byKind} snapshot={props.snapshot} />
        <EdgeTable nodeId={data.node.id} direction="in" first={data.edges.in} byKind={data.degree.in.byKind} snapshot={props.snapshot} />
      </div>
    </Card>
  )
}

function Provenance(props: { data: NodeResponse }) {
  const sources = props.data.node.provenance
  return (
    <Card title="Provenance" id="provenance">
      {sources.length === 0 ? (
        <p class="muted">Created by Skyhound (no input file).</p>
      ) : (
        <ul class="provenance">
          {sources.map((p, i) => (
            <li key={i}>
              <code>{p.file}</code>
              {p.location !== undefined && (
                <>
                  {' '}
                  at <code>{p.location}</code>
                </>
              )}{' '}
              <span class="badge">{p.format}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

export function ResourcePage(props: { params: URLSearchParams }) {
  const id = props.params.get('id') ?? ''
  const snapshot = props.params.get('snapshot') ?? undefined
  const result = useApi(() => loadNode(id, snapshot), [id, snapshot])
  if (id === '') {
    return (
      <EmptyState title="No resource selected" icon="?">
        <p>
          Pick one in the <Link href="/inventory">inventory</Link>.
        </p>
      </EmptyState>
    )
  }
  if (result.state === 'error') return <ProblemNotice error={result.error} onRetry={result.reload} />
  if (result.data === undefined || result.data.node.id !== id) return <Loading />
  const data = result.data
  const { node } = data
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <Link href={href('/inventory', { snapshot })}>Inventory</Link> <span aria-hidden="true">›</span>{' '}
        <Link href={href('/inventory', { provider: node.provider, snapshot })}>{providerLabel(node.provider)}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{node.name}</span>
      </nav>
      <PageHeader
        title={node.name}
        subtitle={
          <>
            <code>{node.kind}</code> · {humanize(node.family)} · {providerLabel(node.provider)}
          </>
        }
      />
      <div class="grid grid-2">
        <Facts data={data} snapshot={snapshot} />
        <Insights data={data} />
      </div>
      <div class="grid grid-2">
        <Card title="Recommendations" id="recommendations">
          <EmptyState title="No recommendations for this resource yet" icon="✓">
            <p class="small">Rule results for this resource appear here once the recommendations engine has run.</p>
          </EmptyState>
        </Card>
        <Tags data={data} snapshot={snapshot} />
      </div>
      <Connections data={data} snapshot={snapshot} />
      <div class="grid grid-2">
        <Card title="Properties" id="properties">
          {Object.keys(node.props).length === 0 ? <p class="muted">No properties.</p> : <JsonView value={node.props} />}
        </Card>
        <Provenance data={data} />
      </div>
    </>
  )
}
