/** Horizontal bars for a count per category; each row can link (e.g. to a filtered inventory). */
import { count } from '../format.js'
import { Link } from './link.js'

export interface BarRow {
  readonly key: string
  readonly label: string
  readonly value: number
  readonly href?: string
  readonly tone?: string
}

export function CountBars(props: { rows: readonly BarRow[]; label: string }) {
  const max = Math.max(1, ...props.rows.map((row) => row.value))
  return (
    <ul class="bars" aria-label={props.label}>
      {props.rows.map((row) => (
        <li key={row.key} class="bar-row">
          <span class="bar-label">{row.href === undefined ? row.label : <Link href={row.href}>{row.label}</Link>}</span>
          <span class="bar-track" aria-hidden="true">
            <span class={`bar-fill ${row.tone ?? ''}`} style={{ width: `${(row.value / max) * 100}%` }} />
          </span>
          <span class="bar-value">{count(row.value)}</span>
        </li>
      ))}
    </ul>
  )
}
