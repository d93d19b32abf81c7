/**
 * The explorer's visual builder: kinds or families → conditions (property, insight, groups) → nested
 * connections to another set of nodes, edited directly on the query AST (docs/explorer.md). Conditions
 * the builder has no form for (recommendation, vulnerability) are shown read-only and kept as they are.
 */
import type { JSX } from 'preact'
import { useState } from 'preact/hooks'
import { EDGE_KIND_IDS, FAMILY_IDS, INSIGHT_ID_LIST } from '../../../src/model/vocabulary.js'
import { PROPERTY_OPERATORS } from '../../../src/query/ast/values.js'

/** The AST as plain JSON: the builder edits copies, the server validates what runs. */
export interface Source {
  type: 'family' | 'entity'
  properties: { source: string }
}
export interface Datasource {
  type: 'datasource'
  properties: { sources: Source[]; conditions?: Group }
}
export interface Group {
  type: 'conditiongroup'
  properties: { operator: 'and' | 'or' | 'not'; conditions: Condition[] }
}
export interface OtherCondition {
  type: 'property' | 'insight' | 'connection' | 'recommendation' | 'vulnerability'
  properties: Record<string, unknown>
}
export type Condition = Group | OtherCondition
export interface QueryAst {
  type: 'securitygraphquery'
  version: 1
  properties: { source: Datasource }
}

export function emptyQuery(): QueryAst {
  return { type: 'securitygraphquery', version: 1, properties: { source: { type: 'datasource', properties: { sources: [{ type: 'family', properties: { source: 'vm' } }] } } } }
}

/** Drops empty groups the builder leaves behind; the server keeps the rest canonical. */
export function pruneQuery(query: QueryAst): QueryAst {
  const pruneGroup = (group: Group | undefined): Group | undefined => {
    if (group === undefined) return undefined
    const conditions = group.properties.conditions
      .map((c): Condition | undefined => {
        if (c.type === 'conditiongroup') return pruneGroup(c as Group)
        if (c.type === 'connection') return { ...c, properties: { ...c.properties, target: pruneSource(c.properties['target'] as Datasource) } }
        return c
      })
      .filter((c): c is Condition => c !== undefined)
    return conditions.length === 0 ? undefined : { type: 'conditiongroup', properties: { operator: group.properties.operator, conditions } }
  }
  const pruneSource = (source: Datasource): Datasource => {
    const conditions = pruneGroup(source.properties.conditions)
    return { type: 'datasource', properties: { sources: source.properties.sources, ...(conditions === undefined ? {} : { conditions }) } }
  }
  return { ...query, properties: { source: pruneSource(query.properties.source) } }
}

const clone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T

function parseValue(text: string, operator: string): unknown {
  const one = (t: string): unknown => {
    const s = t.trim()
    if (s === 'true' || s === 'false') return s === 'true'
    if (s === 'null') return null
    if (s !== '' && !Number.isNaN(Number(s))) return Number(s)
    return s
  }
  return operator === 'in' ? text.split(',').map(one) : one(text)
}

const valueText = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : value === undefined ? '' : String(value))

function PropertyEditor(props: { condition: OtherCondition; onChange: (c: OtherCondition) => void; label: string }) {
  const p = props.condition.properties
  const path = Array.isArray(p['path']) ? (p['path'] as string[]).join('.') : ''
  const operator = typeof p['operator'] === 'string' ? p['operator'] : 'eq'
  const set = (change: Record<string, unknown>) => {
    const next = { ...p, ...change }
    if (next['operator'] === 'exists') delete next['value']
    props.onChange({ type: 'property', properties: next })
  }
  return (
    <span class="builder-row">
      <input aria-label={`${props.label} property path`} placeholder="props.name" value={path} onChange={(e) => set({ path: e.currentTarget.value.split('.').filter((s) => s !== '') })} />
      <select aria-label={`${props.label} operator`} value={operator} onChange={(e) => set({ operator: e.currentTarget.value, ...(e.currentTarget.value === 'exists' ? {} : { value: p['value'] ?? '' }) })}>
        {PROPERTY_OPERATORS.map((op) => (
          <option key={op} value={op}>
            {op}
          </option>
        ))}
      </select>
      {operator !== 'exists' && (
        <input aria-label={`${props.label} value`} placeholder="value" value={valueText(p['value'])} onChange={(e) => set({ value: parseValue(e.currentTarget.value, operator) })} />
      )}
    </span>
  )
}

function InsightEditor(props: { condition: OtherCondition; onChange: (c: OtherCondition) => void; label: string }) {
  const id = typeof props.condition.properties['id'] === 'string' ? props.condition.properties['id'] : INSIGHT_ID_LIST[0]!
  return (
    <span class="builder-row">
      has insight
      <select aria-label={`${props.label} insight`} value={id} onChange={(e) => props.onChange({ type: 'insight', properties: { ...props.condition.properties, id: e.currentTarget.value } })}>
        {INSIGHT_ID_LIST.map((insight) => (
          <option key={insight} value={insight}>
            {insight}
          </option>
        ))}
      </select>
      {props.condition.properties['params'] !== undefined && <code class="small">{JSON.stringify(props.condition.properties['params'])}</code>}
    </span>
  )
}

function ConnectionEditor(props: { condition: OtherCondition; onChange: (c: OtherCondition) => void; label: string; depth: number }) {
  const p = props.condition.properties
  const kinds = typeof p['name'] === 'string' ? [p['name']] : Array.isArray(p['name']) ? (p['name'] as string[]) : []
  const set = (change: Record<string, unknown>) => props.onChange({ type: 'connection', properties: { ...p, ...change } })
  return (
    <div>
      <span class="builder-row">
        connected
        <select aria-label={`${props.label} direction`} value={String(p['direction'] ?? 'outgoing')} onChange={(e) => set({ direction: e.currentTarget.value })}>
          <option value="outgoing">outgoing</option>
          <option value="incoming">incoming</option>
          <option value="any">either way</option>
        </select>
        via
        <select aria-label={`${props.label} edge kind`} value={kinds[0] ?? ''} onChange={(e) => set({ name: [e.currentTarget.value, ...kinds.slice(1)].length === 1 ? e.currentTarget.value : [e.currentTarget.value, ...kinds.slice(1)] })}>
          {EDGE_KIND_IDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
        {kinds.length > 1 && <span class="small muted">or {kinds.slice(1).join(', ')}</span>}
        {p['maxHops'] !== undefined && (
          <span class="small muted">
            {String(p['minHops'] ?? 1)}–{String(p['maxHops'])} hops
          </span>
        )}
        to
      </span>
      <DatasourceEditor source={p['target'] as Datasource} onChange={(target) => set({ target })} label={`${props.label} target`} depth={props.depth + 1} />
    </div>
  )
}

function GroupEditor(props: { group: Group; onChange: (g: Group) => void; label: string; depth: number }) {
  const { group } = props
  const conditions = group.properties.conditions
  const setAt = (index: number, condition: Condition | undefined) => {
    const next = [...conditions]
    if (condition === undefined) next.splice(index, 1)
    else next[index] = condition
    props.onChange({ type: 'conditiongroup', properties: { ...group.properties, conditions: next } })
  }
  const add = (condition: Condition) => props.onChange({ type: 'conditiongroup', properties: { ...group.properties, conditions: [...conditions, condition] } })
  const newConnection = (): OtherCondition => ({
    type: 'connection',
    properties: { name: 'contains', direction: 'outgoing', target: { type: 'datasource', properties: { sources: [] } } },
  })
  return (
    <div class={props.depth > 0 ? 'builder-box' : ''}>
      <span class="builder-row">
        <label class="small">
          Match{' '}
          <select
            aria-label={`${props.label} operator`}
            value={group.properties.operator}
            onChange={(e) => props.onChange({ type: 'conditiongroup', properties: { ...group.properties, operator: e.currentTarget.value as Group['properties']['operator'] } })}
          >
            <option value="and">all of</option>
            <option value="or">any of</option>
            <option value="not">none of</option>
          </select>
        </label>
      </span>
      <ul class="builder-list">
        {conditions.map((condition, index) => {
          const label = `${props.label} condition ${index + 1}`
          const onChange = (c: Condition) => setAt(index, c)
          let body: JSX.Element
          if (condition.type === 'conditiongroup') body = <GroupEditor group={condition as Group} onChange={onChange} label={label} depth={props.depth + 1} />
          else if (condition.type === 'property') body = <PropertyEditor condition={condition as OtherCondition} onChange={onChange} label={label} />
          else if (condition.type === 'insight') body = <InsightEditor condition={condition as OtherCondition} onChange={onChange} label={label} />
          else if (condition.type === 'connection') body = <ConnectionEditor condition={condition as OtherCondition} onChange={onChange} label={label} depth={props.depth} />
          else body = <code class="small builder-note">{`${condition.type} ${JSON.stringify(condition.properties)}`}</code>
          return (
            <li key={index}>
              <div>{body}</div>
              <button type="button" class="button button-quiet small" aria-label={`Remove ${label}`} onClick={() => setAt(index, undefined)}>
                Remove
              </button>
            </li>
          )
        })}
      </ul>
      <span class="builder-row">
        <button type="button" class="button small" onClick={() => add({ type: 'property', properties: { path: ['props', ''], operator: 'eq', value: '' } })}>
          + Property
        </button>
        <button type="button" class="button small" onClick={() => add({ type: 'insight', properties: { id: 'exposed-to-internet' } })}>
          + Insight
        </button>
        <button type="button" class="button small" onClick={() => add(newConnection())}>
          + Connection
        </button>
        <button type="button" class="button small" onClick={() => add({ type: 'conditiongroup', properties: { operator: 'or', conditions: [] } })}>
          + Group
        </button>
      </span>
    </div>
  )
}

function DatasourceEditor(props: { source: Datasource; onChange: (s: Datasource) => void; label: string; depth: number }) {
  const [kind, setKind] = useState('')
  const { sources } = props.source.properties
  const setSources = (next: Source[]) => props.onChange({ type: 'datasource', properties: { ...props.source.properties, sources: next } })
  const group: Group = props.source.properties.conditions ?? { type: 'conditiongroup', properties: { operator: 'and', conditions: [] } }
  return (
    <div class="builder-box">
      <span class="builder-row">
        <strong class="small">{props.depth === 0 ? 'Find' : 'Nodes'}</strong>
        {sources.length === 0 && <span class="chip-static">any node</span>}
        {sources.map((s, i) => (
          <span key={`${s.type}:${s.properties.source}`} class="chip-static">
            {s.type === 'family' ? `family ${s.properties.source}` : s.properties.source}
            <button type="button" aria-label={`Remove ${s.properties.source} from ${props.label}`} onClick={() => setSources(sources.filter((_, j) => j !== i))}>
              ×
            </button>
          </span>
        ))}
        <select
          aria-label={`${props.label}: add a family`}
          value=""
          onChange={(e) => {
            const value = e.currentTarget.value
            if (value !== '') setSources([...sources, { type: 'family', properties: { source: value } }])
          }}
        >
          <option value="">+ family…</option>
          {FAMILY_IDS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (kind.trim() === '') return
            setSources([...sources, { type: 'entity', properties: { source: kind.trim() } }])
            setKind('')
          }}
        >
          <input aria-label={`${props.label}: add a kind`} placeholder="kind, e.g. aws.s3.bucket" value={kind} onInput={(e) => setKind(e.currentTarget.value)} />
          <button type="submit" class="button small">
            Add kind
          </button>
        </form>
      </span>
      <GroupEditor group={group} depth={props.depth} label={props.label} onChange={(g) => props.onChange({ type: 'datasource', properties: { ...props.source.properties, conditions: g } })} />
    </div>
  )
}

export function QueryBuilder(props: { query: QueryAst; onChange: (q: QueryAst) => void }) {
  return (
    <div class="builder-scroll">
      <DatasourceEditor
        source={props.query.properties.source}
        depth={0}
        label="Query"
        onChange={(source) => props.onChange({ ...clone(props.query), properties: { source } })}
      />
    </div>
  )
}
