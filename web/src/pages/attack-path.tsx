/**
 * One attack path: the graph (entry → … → target) in Cytoscape, the steps with their MITRE technique and
 * evidence, and a side panel for the selected node — its insights (CVEs, exposure route), how the
 * attacker reaches it (permissions with evidence), and the recommendations that break the path versus
 * those that only reduce its risk, with "exempt" (analyst) and "assign" (governance) actions.
 * `?node=` holds the selected node, so a panel is a link too.
 */
import { useState } from 'preact/hooks'
import { getPath } from '../api/attack-paths.js'
import type { PathDetail, PathNodeDetail, PathRecommendation } from '../api/attack-paths.js'
import { ApiError, api, call } from '../api/client.js'
import { useApi } from '../api/use-api.js'
import { Link } from '../components/link.js'
import { PageHeader } from '../components/page-header.js'
import { PathGraph } from '../components/path-graph.js'
import { RiskBadge } from '../components/risk-badge.js'
import { Loading, ProblemNotice } from '../components/states.js'
import { count, humanize, providerLabel } from '../format.js'
import '../paths-explorer.css'
import { href, navigate } from '../router.js'
import { useSession } from '../session.js'

function ExemptForm(props: { rec: PathRecommendation; onDone: (message: string) => void; onCancel: () => void }) {
  const [category, setCategory] = useState<'waiver' | 'mitigated'>('mitigated')
  const [justification, setJustification] = useState('')
  const [error, setError] = useState<ApiError | undefined>()
  const submit = async (event: Event) => {
    event.preventDefault()
    try {
      await call(
        api.exemptions.$post({
          json: { category, justification, name: `${props.rec.title} on ${props.rec.nodeName}`.slice(0, 120), match: { ruleIds: [props.rec.ruleId], resourceIds: [props.rec.nodeId] } },
        }),
      )
      props.onDone('Exempted: the next scan (or re-evaluation) leaves it out.')
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError({ title: 'Exemption failed', status: 0, detail: String(caught), code: 'CLIENT' }))
    }
  }
  return (
    <form class="builder-box" onSubmit={submit} aria-label={`Exempt ${props.rec.title}`}>
      <label class="small">
        Category{' '}
        <select value={category} onChange={(e) => setCategory(e.currentTarget.value as 'waiver' | 'mitigated')}>
          <option value="mitigated">Mitigated (handled another way)</option>
          <option value="waiver">Waiver (risk accepted)</option>
        </select>
      </label>
      <label class="small" style={{ display: 'block', marginTop: '0.4rem' }}>
        Justification
        <textarea class="query-text" style={{ minHeight: '3rem' }} required value={justification} onInput={(e) => setJustification(e.currentTarget.value)} />
      </label>
      {error !== undefined && <ProblemNotice error={error} />}
      <div class="rec-actions">
        <button type="submit" class="button button-primary small">
          Exempt
        </button>
        <button type="button" class="button button-quiet small" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

type Task = Awaited<ReturnType<typeof tasksOfNode>>[number]

/** Governance tasks of a node's findings: one page of tasks matching the node's name, kept by finding id. */
async function tasksOfNode(name: string) {
  const page = await call(api.governance.tasks.$get({ query: { q: name.slice(0, 200), limit: '200' } }))
  return page.items
}

function TaskLine(props: { task: Task }) {
  const { task } = props
  return (
    <div class="small">
      Task: {humanize(task.status)} · {task.owner ?? 'unassigned'}
      {task.dueDate === null ? '' : ` · due ${task.dueDate}`}
    </div>
  )
}

function RecommendationItem(props: { rec: PathRecommendation; task?: Task | undefined }) {
  const { rec, task } = props
  const session = useSession()
  const canExempt = session === undefined || session.role !== 'viewer'
  const [exempting, setExempting] = useState(false)
  const [done, setDone] = useState<string | undefined>()
  return (
    <li>
      <div>
        <RiskBadge risk={rec.severity} /> <strong>{rec.title}</strong>
      </div>
      <div class="muted small">
        on {rec.nodeName} · <code>{rec.ruleId}</code>
      </div>
      {rec.message !== '' && <div class="small">{rec.message}</div>}
      {task !== undefined && <TaskLine task={task} />}
      {done !== undefined ? (
        <p class="small" role="status">
          {done}
        </p>
      ) : exempting ? (
        <ExemptForm rec={rec} onDone={setDone} onCancel={() => setExempting(false)} />
      ) : (
        <div class="rec-actions">
          <Link class="button small" href={href('/governance', { finding: rec.findingId })}>
            {task === undefined ? 'Assign' : 'Open task'}
          </Link>
          {canExempt && (
            <button type="button" class="button button-quiet small" onClick={() => setExempting(true)}>
              Exempt…
            </button>
          )}
          <Link class="button button-quiet small" href={href('/attack-paths', { view: 'what-if', fix: rec.findingId })}>
            What-if fixed
          </Link>
        </div>
      )}
    </li>
  )
}

function Recommendations(props: { breaks: readonly PathRecommendation[]; additional: readonly PathRecommendation[]; tasks?: ReadonlyMap<string, Task> }) {
  return (
    <>
      <h3>Recommendations that break this path</h3>
      {props.breaks.length === 0 ? (
        <p class="muted small">None here.</p>
      ) : (
        <ul class="rec-list" aria-label="Recommendations that break this path">
          {props.breaks.map((r) => (
            <RecommendationItem key={r.findingId} rec={r} task={props.tasks?.get(r.findingId)} />
          ))}
        </ul>
      )}
      <h3>Additional recommendations</h3>
      {props.additional.length === 0 ? (
        <p class="muted small">None here.</p>
      ) : (
        <ul class="rec-list" aria-label="Additional recommendations">
          {props.additional.map((r) => (
            <RecommendationItem key={r.findingId} rec={r} task={props.tasks?.get(r.findingId)} />
          ))}
        </ul>
      )}
    </>
  )
}

/** An attack edge id (`EXPLOIT_EXPOSED_WORKLOAD`) as words. */
function moveLabel(id: string): string {
  const words = id.toLowerCase().replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Params that repeat what the panel shows elsewhere (the exposure route is in `via` and the steps). */
const HIDDEN_PARAMS = new Set(['routes'])

function paramText(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  const text = String(value)
  return text.length > 200 ? `${text.slice(0, 199)}…` : text
}

function NodePanel(props: { node: PathNodeDetail; onClose: () => void }) {
  const { node } = props
  // Tasks are optional context: without governance (or on error) the actions still link to it.
  const tasks = useApi(() => tasksOfNode(node.name).catch(() => []), [node.id])
  const taskById = new Map((tasks.data ?? []).map((t) => [t.id, t]))
  return (
    <aside class="node-panel" aria-labelledby="node-panel-title" tabIndex={-1} id="node-panel">
      <div class="actions-row" style={{ justifyContent: 'space-between', margin: 0 }}>
        <span class={`cloud cloud-${node.provider}`}>{providerLabel(node.provider)}</span>
        <button type="button" class="button button-quiet small" onClick={props.onClose} aria-label="Close node panel">
          ×
        </button>
      </div>
      <h2 id="node-panel-title">{node.name}</h2>
      <code class="small muted">{node.kind}</code>
      {node.id.startsWith('skyhound://') ? null : (
        <p class="small">
          <Link href={href('/resource', { id: node.id })}>Open resource page</Link>
        </p>
      )}
      <h3>Insights</h3>
      {node.insights.length === 0 ? (
        <p class="muted small">No insights on this node.</p>
      ) : (
        <ul class="rec-list">
          {node.insights.map((insight) => (
            <li key={insight.id}>
              <span class={`badge insight insight-${insight.id}`}>{humanize(insight.id)}</span>
              {Object.keys(insight.params).length > 0 && (
                <dl class="kv">
                  {Object.entries(insight.params).filter(([key]) => !HIDDEN_PARAMS.has(key)).map(([key, value]) => (
                    <>
                      <dt key={`${key}-k`}>{key === 'cveIds' ? 'CVEs' : key === 'via' ? 'exposed via' : humanize(key)}</dt>
                      <dd key={`${key}-v`}>{paramText(value)}</dd>
                    </>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
      {node.reachedBy.length > 0 && (
        <>
          <h3>How the attacker gets here</h3>
          <ul class="rec-list">
            {node.reachedBy.map((step) => (
              <li key={step.step}>
                <div>
                  Step {step.step + 1}: <strong>{moveLabel(step.attackEdge)}</strong>
                </div>
                <div class="mitre">
                  {step.mitre.tactic} · {step.mitre.technique}
                </div>
                <ul class="evidence-list">
                  {step.evidence.map((e, i) => (
                    <li key={i}>
                      <span title={e.source}>{e.source.length > 60 ? `…${e.source.slice(-58)}` : e.source}</span>
                      {e.detail === undefined ? '' : `: ${e.detail}`}
                      {e.location === undefined ? '' : ` (${e.location})`}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <Recommendations breaks={node.recommendations.breaks} additional={node.recommendations.additional} tasks={taskById} />
    </aside>
  )
}

function PathOverviewPanel(props: { path: PathDetail }) {
  const { path } = props
  return (
    <aside class="node-panel" aria-labelledby="path-panel-title">
      <h2 id="path-panel-title">Fix this path</h2>
      <p class="muted small">Select a node in the graph or the list to see its insights and recommendations.</p>
      <Recommendations breaks={path.recommendations.breaks} additional={path.recommendations.additional} />
    </aside>
  )
}

function Steps(props: { path: PathDetail; onSelect: (id: string) => void }) {
  return (
    <section class="card" aria-labelledby="steps-title">
      <h2 id="steps-title">Steps and MITRE ATT&CK</h2>
      <ol class="step-list">
        {props.path.steps.map((step) => (
          <li key={step.index}>
            <div>
              <button type="button" class="node-chip" onClick={() => props.onSelect(step.from.id)}>
                {step.from.name}
              </button>{' '}
              —{moveLabel(step.attackEdge)}→{' '}
              <button type="button" class="node-chip" onClick={() => props.onSelect(step.to.id)}>
                {step.to.name}
              </button>
            </div>
            <div class="mitre">
              {step.mitre.tactic} · {step.mitre.technique} · edge <code>{step.edge}</code>
            </div>
            <details>
              <summary class="small">Evidence ({step.evidence.length})</summary>
              <ul class="evidence-list">
                {step.evidence.map((e, i) => (
                  <li key={i}>
                    {e.source}
                    {e.detail === undefined ? '' : `: ${e.detail}`}
                    {e.location === undefined ? '' : ` (${e.location})`}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  )
}

export function AttackPathPage(props: { id: string; params: URLSearchParams }) {
  const result = useApi(() => getPath(props.id, props.params.get('snapshot') ?? undefined), [props.id])
  const selectedId = props.params.get('node') ?? undefined
  const select = (node: string | undefined) => {
    navigate(href('/attack-paths', { id: props.id, node, snapshot: props.params.get('snapshot') ?? undefined }), { replace: true })
    // Move focus to the panel so keyboard users land on what they opened.
    if (node !== undefined) requestAnimationFrame(() => document.getElementById('node-panel')?.focus())
  }
  if (result.state === 'error' && result.data === undefined) {
    return (
      <>
        <PageHeader title="Attack path" />
        <ProblemNotice error={result.error} onRetry={result.reload} />
        <Link href="/attack-paths">Back to attack paths</Link>
      </>
    )
  }
  if (result.data === undefined) return <Loading />
  const { path } = result.data
  const selected = path.nodes.find((n) => n.id === selectedId)
  const details = path.details as Record<string, unknown>
  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <Link href="/attack-paths">Attack paths</Link> › {path.id}
      </nav>
      <PageHeader
        title={path.title}
        subtitle={
          <>
            <RiskBadge risk={path.risk} /> {path.potentialImpact}
          </>
        }
      />
      <dl class="kv">
        <dt>Entry point</dt>
        <dd>
          {path.entry.name} <code class="small">{path.entry.kind}</code>
        </dd>
        <dt>Target</dt>
        <dd>
          {path.target.name} <code class="small">{path.target.kind}</code>
        </dd>
        <dt>Categories</dt>
        <dd>{path.categories.map(humanize).join(', ')}</dd>
        <dt>Clouds</dt>
        <dd>{path.providers.map(providerLabel).join(' → ')}</dd>
        <dt>Paths in this group</dt>
        <dd>{count(path.count)}</dd>
        {Array.isArray(details['riskFactors']) && (
          <>
            <dt>Risk factors</dt>
            <dd>{(details['riskFactors'] as unknown[]).map(String).join(', ')}</dd>
          </>
        )}
      </dl>
      <div class="path-layout">
        <div>
          <section class="card" aria-labelledby="graph-title">
            <h2 id="graph-title">Path graph</h2>
            <PathGraph graph={path.graph} selected={selectedId} onSelect={(id) => select(id)} />
            <ul class="node-list" aria-label="Nodes on this path">
              {path.graph.nodes.map((node) => (
                <li key={node.id}>
                  <button type="button" class="node-chip" aria-pressed={node.id === selectedId} onClick={() => select(node.id)} title={node.id}>
                    {node.role === 'entry' ? 'Entry: ' : node.role === 'target' ? 'Target: ' : node.role === 'related' ? 'Related: ' : ''}
                    {node.name}
                    {node.recommendations > 0 ? ` · ${node.recommendations} rec.` : ''}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <Steps path={path} onSelect={(id) => select(id)} />
        </div>
        {selected === undefined ? <PathOverviewPanel path={path} /> : <NodePanel node={selected} onClose={() => select(undefined)} />}
      </div>
    </>
  )
}
