/** Provider properties as a readable tree: scalars inline, objects and arrays as collapsible sections. */
import type { JSONValue } from 'hono/utils/types'

function Scalar(props: { value: JSONValue }) {
  const { value } = props
  if (value === null) return <span class="json-null">null</span>
  if (typeof value === 'string') return <span class="json-string">{value}</span>
  if (typeof value === 'number') return <span class="json-number">{value}</span>
  if (typeof value === 'boolean') return <span class="json-bool">{String(value)}</span>
  return null
}

function isContainer(value: JSONValue): value is JSONValue[] | { [key: string]: JSONValue } {
  return typeof value === 'object' && value !== null
}

function entriesOf(value: JSONValue[] | { [key: string]: JSONValue }): [string, JSONValue][] {
  return Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value)
}

export function JsonView(props: { value: { [key: string]: JSONValue } | JSONValue[]; depth?: number }) {
  const depth = props.depth ?? 0
  const entries = entriesOf(props.value)
  if (entries.length === 0) return <span class="muted">{Array.isArray(props.value) ? '[ ]' : '{ }'}</span>
  return (
    <dl class="json">
      {entries.map(([key, value]) =>
        isContainer(value) ? (
          <div key={key} class="json-entry">
            <details open={depth < 1 && entriesOf(value).length <= 12}>
              <summary>
                <span class="json-key">{key}</span>{' '}
                <span class="muted small">{Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`}</span>
              </summary>
              <JsonView value={value} depth={depth + 1} />
            </details>
          </div>
        ) : (
          <div key={key} class="json-entry json-inline">
            <dt class="json-key">{key}</dt>
            <dd>
              <Scalar value={value} />
            </dd>
          </div>
        ),
      )}
    </dl>
  )
}
