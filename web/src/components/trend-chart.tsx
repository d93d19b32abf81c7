/**
 * A small SVG line chart of a percentage over time (the secure score trend). Hand-drawn: one polyline,
 * a point per snapshot with a tooltip, 0–100 gridlines; no chart library needed for one series. The
 * values are also given as text (aria-label and a visually hidden list) for screen readers.
 */
import { dateTime } from '../format.js'
import '../posture.css'

export interface TrendPoint {
  readonly label: string
  /** ISO time. */
  readonly at: string
  readonly value: number
}

const PAD = { left: 34, right: 12, top: 10, bottom: 22 }

/** `width` and `height` are the drawing's units: pick a width near the rendered pixels so text keeps its size. */
export function TrendChart(props: { points: readonly TrendPoint[]; label: string; height?: number; width?: number }) {
  const W = props.width ?? 600
  const H = props.height ?? 160
  const { points } = props
  if (points.length === 0) return <p class="muted small">No history yet.</p>
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW)
  const y = (v: number) => PAD.top + innerH - (Math.max(0, Math.min(100, v)) / 100) * innerH
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')
  const last = points[points.length - 1]!
  const first = points[0]!
  const summary = `${props.label}: ${points.length} snapshot${points.length === 1 ? '' : 's'}, from ${first.value.toFixed(1)}% to ${last.value.toFixed(1)}%`
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} class="trend-svg">
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="trend-grid" />
            <text x={PAD.left - 6} y={y(v) + 4} class="trend-axis" text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        <polyline points={line} class="trend-line" />
        {points.map((p, i) => (
          <circle key={p.label} cx={x(i)} cy={y(p.value)} r={3.5} class="trend-point">
            <title>{`${dateTime(p.at)} · ${p.label}: ${p.value.toFixed(1)}%`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 6} class="trend-axis">
          {dateTime(first.at)}
        </text>
        {points.length > 1 && (
          <text x={W - PAD.right} y={H - 6} class="trend-axis" text-anchor="end">
            {dateTime(last.at)}
          </text>
        )}
      </svg>
      <ul class="visually-hidden">
        {points.map((p) => (
          <li key={p.label}>
            {dateTime(p.at)}: {p.value.toFixed(1)}%
          </li>
        ))}
      </ul>
    </figure>
  )
}
