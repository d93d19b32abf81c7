/**
 * @module One facet of a list page's filter column: checkable values with their counts, the eight largest
 * shown and the rest behind "Show all" (inventory and attack paths).
 */
import { useState } from 'preact/hooks'
import { count } from '../format.js'

const SHOWN = 8

export function Facet(props: {
  title: string
  /** Values with their counts, in display order. */
  entries: readonly (readonly [string, number])[]
  selected: readonly string[]
  label: (value: string) => string
  onToggle: (value: string) => void
}) {
  const [expanded, setExpanded] = useState(false)
  const { entries, selected, label } = props
  const shown = expanded ? entries : entries.slice(0, SHOWN)
  return (
    <fieldset class="facet">
      <legend>{props.title}</legend>
      {entries.length === 0 && <p class="muted small">None</p>}
      <ul>
        {shown.map(([value, n]) => (
          <li key={value}>
            <label class="facet-option">
              <input type="checkbox" checked={selected.includes(value)} onChange={() => props.onToggle(value)} />
              <span class="facet-label" title={value}>
                {label(value)}
              </span>
              <span class="facet-count">{count(n)}</span>
            </label>
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && (
        <button type="button" class="button button-quiet small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      )}
    </fieldset>
  )
}
