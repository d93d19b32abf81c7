/**
 * The cloud security explorer: templates, saved queries, a visual builder and a text editor over one
 * query, results with the matched sub-path of each row, CSV download and share links. The query lives
 * in the URL hash (`#q=<share code>`), so the address bar is always a link to what is on screen.
 */
import { useEffect, useState } from 'preact/hooks'
import { ApiError } from '../api/client.js'
import { decodeShare, deleteSaved, encodeShare, encodeShareText, listSaved, listTemplates, runAst, runText, saveQuery } from '../api/explorer.js'
import type { QueryJson, RunResult, SavedQuery, Template } from '../api/explorer.js'
import { useApi } from '../api/use-api.js'
import { Link } from '../components/link.js'
import { PageHeader } from '../components/page-header.js'
import { QueryBuilder, emptyQuery, pruneQuery } from '../components/query-builder.js'
import type { QueryAst } from '../components/query-builder.js'
import { Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import '../paths-explorer.css'
import { href } from '../router.js'
import { useSession } from '../session.js'

const ROW_LIMIT = 500

type Mode = 'builder' | 'text'

function toError(caught: unknown, title: string): ApiError {
  return caught instanceof ApiError ? caught : new ApiError({ title, status: 0, detail: String(caught), code: 'CLIENT' })
}

/** A syntax error's caret excerpt, when the server sent one (problem extension members). */
function excerptOf(error: ApiError): string | undefined {
  const excerpt = (error.problem as { excerpt?: unknown }).excerpt
  return typeof excerpt === 'string' && excerpt !== '' ? excerpt : undefined
}

function shareCodeFromHash(): string | undefined {
  const match = /(?:^#|&)q=([^&]+)/.exec(location.hash)
  return match === null ? undefined : decodeURIComponent(match[1]!)
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${(/^[=+\-@]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"` : value
}

function downloadCsv(result: RunResult): void {
  const names = new Map(result.matchNodes.map((n) => [n.id, n.name]))
  const lines = [['id', 'name', 'kind', 'provider', 'matched path'].join(',')]
  for (const row of result.rows) {
    const path = row.match.map((e) => `${names.get(e.from) ?? e.from} -${e.kind}-> ${names.get(e.to) ?? e.to}`).join(' | ')
    lines.push([row.node.id, row.node.name, row.node.kind, row.node.provider, path].map(csvCell).join(','))
  }
  const blob = new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = `skyhound-explorer-${result.snapshot.id}.csv`
  a.click()
  URL.revokeObjectURL(url)
}

function Templates(props: { onPick: (t: Template) => void }) {
  const templates = useApi(listTemplates, [])
  const [q, setQ] = useState('')
  if (templates.state === 'error') return <ProblemNotice error={templates.error} onRetry={templates.reload} />
  if (templates.data === undefined) return <Loading label="Loading templates…" />
  const needle = q.trim().toLowerCase()
  const shown = templates.data.filter((t) => needle === '' || t.title.toLowerCase().includes(needle) || t.id.includes(needle))
  return (
    <section class="card" aria-labelledby="templates-title">
      <h2 id="templates-title">Templates ({templates.data.length})</h2>
      <label for="template-q" class="visually-hidden">
        Search templates
      </label>
      <input id="template-q" type="search" placeholder="Search templates…" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      <ul class="template-list" aria-label="Query templates">
        {shown.map((t) => (
          <li key={t.id}>
            <button type="button" title={t.description} onClick={() => props.onPick(t)}>
              <span class="muted small">{humanize(t.category)} · </span>
              {t.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Saved(props: { current: QueryAst; onPick: (s: SavedQuery) => void }) {
  const session = useSession()
  const canWrite = session === undefined || session.role !== 'viewer'
  const saved = useApi(listSaved, [])
  const [name, setName] = useState('')
  const [error, setError] = useState<ApiError | undefined>()
  const save = async (event: Event) => {
    event.preventDefault()
    setError(undefined)
    try {
      await saveQuery(name.trim(), '', pruneQuery(props.current) as unknown as QueryJson)
      setName('')
      saved.reload()
    } catch (caught) {
      setError(toError(caught, 'Saving failed'))
    }
  }
  return (
    <section class="card" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved queries</h2>
      {saved.state === 'error' && <ProblemNotice error={saved.error} onRetry={saved.reload} />}
      {saved.data !== undefined && saved.data.length === 0 && <p class="muted small">None yet.</p>}
      <ul class="template-list" aria-label="Saved queries">
        {(saved.data ?? []).map((s) => (
          <li key={s.name} class="builder-row">
            <button type="button" style={{ width: 'auto', flex: 1 }} title={s.text} onClick={() => props.onPick(s)}>
              {s.name}
            </button>
            {canWrite && (
              <button
                type="button"
                class="button button-quiet small"
                aria-label={`Delete saved query ${s.name}`}
                style={{ width: 'auto' }}
                onClick={async () => {
                  try {
                    await deleteSaved(s.name)
                    saved.reload()
                  } catch (caught) {
                    setError(toError(caught, 'Delete failed'))
                  }
                }}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form class="inline-form" onSubmit={save}>
          <label for="save-name" class="visually-hidden">
            Name for the current query
          </label>
          <input id="save-name" placeholder="Name this query" value={name} required onInput={(e) => setName(e.currentTarget.value)} />
          <button type="submit" class="button small">
            Save
          </button>
        </form>
      )}
      {error !== undefined && <ProblemNotice error={error} />}
    </section>
  )
}

function Results(props: { result: RunResult }) {
  const { result } = props
  const names = new Map(result.matchNodes.map((n) => [n.id, n.name]))
  return (
    <section class="card" aria-labelledby="results-title">
      <div class="actions-row" style={{ justifyContent: 'space-between' }}>
        <h2 id="results-title" style={{ margin: 0 }}>
          {count(result.total)} result{result.total === 1 ? '' : 's'}
          {result.truncated ? ` (first ${count(result.rows.length)} shown)` : ''}
        </h2>
        <span class="muted small">
          {result.stats.elapsedMs.toFixed(0)} ms · snapshot {result.snapshot.id}
        </span>
        <button type="button" class="button small" onClick={() => downloadCsv(result)} disabled={result.rows.length === 0}>
          Download CSV
        </button>
      </div>
      {result.rows.length > 0 && (
        <table class="table">
          <caption class="visually-hidden">Explorer results</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Cloud</th>
              <th scope="col">Matched sub-path</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.node.id}>
                <td>
                  <Link href={href('/resource', { id: row.node.id })} title={row.node.id}>
                    {row.node.name}
                  </Link>
                </td>
                <td>
                  <code class="small">{row.node.kind}</code>
                </td>
                <td>
                  <span class={`cloud cloud-${row.node.provider}`}>{providerLabel(row.node.provider)}</span>
                </td>
                <td class="match-path">
                  {row.match.length === 0
                    ? '—'
                    : row.match.map((e, i) => (
                        <div key={i}>
                          {names.get(e.from) ?? e.from} —{e.kind}→ {names.get(e.to) ?? e.to}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

export function ExplorerPage() {
  const session = useSession()
  const [mode, setMode] = useState<Mode>('builder')
  const [query, setQuery] = useState<QueryAst>(emptyQuery)
  const [text, setText] = useState('')
  const [title, setTitle] = useState<string | undefined>()
  const [result, setResult] = useState<RunResult | undefined>()
  const [error, setError] = useState<ApiError | undefined>()
  const [busy, setBusy] = useState(false)
  const [copied, setCopied] = useState(false)

  const show = (run: RunResult) => {
    setResult(run)
    setQuery(run.query as unknown as QueryAst)
    setText(run.text)
    history.replaceState(null, '', `${location.pathname}${location.search}#q=${run.shareCode}`)
  }

  const execute = async (work: () => Promise<RunResult>) => {
    setBusy(true)
    setError(undefined)
    setCopied(false)
    try {
      show(await work())
    } catch (caught) {
      setError(toError(caught, 'The query failed'))
    } finally {
      setBusy(false)
    }
  }

  const runCurrent = () =>
    execute(() => (mode === 'text' ? runText(text, ROW_LIMIT) : runAst(pruneQuery(query) as unknown as QueryJson, ROW_LIMIT)))

  const load = (ast: QueryAst, queryText: string, name: string | undefined) => {
    setQuery(ast)
    setText(queryText)
    setTitle(name)
    void execute(() => runAst(ast as unknown as QueryJson, ROW_LIMIT))
  }

  // A share link opens with its query run; a hash change (back/forward, a pasted link) loads it again.
  useEffect(() => {
    const open = async () => {
      const code = shareCodeFromHash()
      if (code === undefined || code === result?.shareCode) return
      try {
        const link = await decodeShare(code)
        load(link.query as unknown as QueryAst, link.text, undefined)
      } catch (caught) {
        setError(toError(caught, 'The share link is not valid'))
      }
    }
    void open()
    window.addEventListener('hashchange', open)
    return () => window.removeEventListener('hashchange', open)
  }, [result?.shareCode])

  const switchMode = async (next: Mode) => {
    if (next === mode) return
    setError(undefined)
    try {
      // The server prints and parses: the builder's AST and the text stay one query.
      const link = next === 'text' ? await encodeShare(pruneQuery(query) as unknown as QueryJson) : await encodeShareText(text)
      setQuery(link.query as unknown as QueryAst)
      setText(link.text)
      setMode(next)
    } catch (caught) {
      setError(toError(caught, 'The query cannot be converted'))
    }
  }

  const excerpt = error === undefined ? undefined : excerptOf(error)
  return (
    <>
      <PageHeader title="Cloud security explorer" subtitle={title ?? 'Ask the security graph questions across every cloud'} />
      <div class="explorer-layout">
        <div class="explorer-side">
          <Templates onPick={(t) => load(t.query as unknown as QueryAst, t.text, t.title)} />
          <Saved current={query} onPick={(s) => load(s.query as unknown as QueryAst, s.text, s.name)} />
        </div>
        <div>
          <section class="card" aria-labelledby="query-title">
            <h2 id="query-title" class="visually-hidden">
              Query
            </h2>
            <div class="ap-tabs" role="tablist" aria-label="Query editor">
              <button type="button" role="tab" class="ap-tab" aria-selected={mode === 'builder'} onClick={() => void switchMode('builder')}>
                Builder
              </button>
              <button type="button" role="tab" class="ap-tab" aria-selected={mode === 'text'} onClick={() => void switchMode('text')}>
                Text
              </button>
            </div>
            {mode === 'builder' ? (
              <QueryBuilder query={query} onChange={setQuery} />
            ) : (
              <>
                <label for="query-text" class="small">
                  Query text (syntax: docs/explorer.md)
                </label>
                <textarea
                  id="query-text"
                  class="query-text"
                  spellcheck={false}
                  value={text}
                  onInput={(e) => setText(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                      e.preventDefault()
                      void runCurrent()
                    }
                  }}
                />
              </>
            )}
            {session?.role === 'viewer' && (
              <p class="notice small" role="note">
                Running queries needs the analyst role; this token is a viewer. Templates and saved queries can still be read.
              </p>
            )}
            <div class="actions-row">
              <button type="button" class="button button-primary" onClick={() => void runCurrent()} disabled={busy}>
                {busy ? 'Running…' : 'Run query'}
              </button>
              {result !== undefined && (
                <button
                  type="button"
                  class="button"
                  onClick={async () => {
                    await navigator.clipboard?.writeText(location.href).catch(() => undefined)
                    setCopied(true)
                  }}
                >
                  Copy share link
                </button>
              )}
              {copied && (
                <span class="small" role="status">
                  Link copied
                </span>
              )}
              <span class="muted small">{mode === 'text' ? 'Ctrl+Enter runs' : ''}</span>
            </div>
            {error !== undefined && (
              <div role="alert">
                {excerpt !== undefined && <pre class="caret">{excerpt}</pre>}
                <ProblemNotice error={error} />
              </div>
            )}
          </section>
          {busy && result === undefined && <Loading label="Running…" />}
          {result !== undefined && <Results result={result} />}
        </div>
      </div>
    </>
  )
}
