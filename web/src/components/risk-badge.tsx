/** A risk or severity level as an outlined pill: the word, not only the colour, carries the level. */
import { humanize } from '../format.js'
import '../paths-explorer.css'

export function RiskBadge(props: { risk: string }) {
  return <span class={`risk risk-${props.risk}`}>{humanize(props.risk)}</span>
}
