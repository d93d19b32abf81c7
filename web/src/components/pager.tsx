/** Previous/next paging with the visible range; offsets live in the URL so pages are shareable. */
import { count } from '../format.js'

export function Pager(props: { offset: number; limit: number; total: number; onPage: (offset: number) => void; label: string }) {
  const { offset, limit, total } = props
  const first = total === 0 ? 0 : offset + 1
  const last = Math.min(total, offset + limit)
  return (
    <nav class="pager" aria-label={props.label}>
      <span class="pager-range" aria-live="polite">
        {count(first)}–{count(last)} of {count(total)}
      </span>
      <button type="button" class="button" disabled={offset === 0} onClick={() => props.onPage(Math.max(0, offset - limit))}>
        ‹ Previous
      </button>
      <button type="button" class="button" disabled={last >= total} onClick={() => props.onPage(offset + limit)}>
        Next ›
      </button>
    </nav>
  )
}
