import type { ComponentChildren } from 'preact'

export function Card(props: { title: string; children: ComponentChildren; action?: ComponentChildren; class?: string; id?: string }) {
  const headingId = props.id === undefined ? undefined : `${props.id}-title`
  return (
    <section class={`card ${props.class ?? ''}`} id={props.id} aria-labelledby={headingId}>
      <header class="card-header">
        <h2 id={headingId}>{props.title}</h2>
        {props.action}
      </header>
      <div class="card-body">{props.children}</div>
    </section>
  )
}

export function Stat(props: { label: string; value: string; hint?: string }) {
  return (
    <div class="stat">
      <div class="stat-value">{props.value}</div>
      <div class="stat-label">{props.label}</div>
      {props.hint !== undefined && <div class="stat-hint muted">{props.hint}</div>}
    </div>
  )
}
