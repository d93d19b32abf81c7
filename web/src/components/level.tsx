/** A severity or risk level as a coloured pill (text, not colour alone, carries the level). */
import '../posture.css'

export function Level(props: { level: string | null | undefined }) {
  if (props.level === null || props.level === undefined) return <span class="muted">—</span>
  const label = props.level.charAt(0).toUpperCase() + props.level.slice(1)
  return <span class={`level tone-${props.level}`}>{label}</span>
}

/** Tabs as buttons with aria-selected; the panel is rendered by the caller. */
export function Tabs<T extends string>(props: { label: string; tabs: readonly { id: T; label: string }[]; current: T; onSelect: (id: T) => void }) {
  return (
    <div class="tabs" role="tablist" aria-label={props.label}>
      {props.tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          class="tab"
          aria-selected={tab.id === props.current}
          tabIndex={tab.id === props.current ? 0 : -1}
          onClick={() => props.onSelect(tab.id)}
          onKeyDown={(event) => {
            const index = props.tabs.findIndex((t) => t.id === props.current)
            const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
            if (step === 0) return
            event.preventDefault()
            const next = props.tabs[(index + step + props.tabs.length) % props.tabs.length]
            if (next !== undefined) props.onSelect(next.id)
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
