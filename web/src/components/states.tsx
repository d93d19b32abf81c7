/** Loading, error and empty states shared by every page. */
import type { ComponentChildren } from 'preact'
import type { ApiError } from '../api/client.js'

export function Loading(props: { label?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> {props.label ?? 'Loading…'}
    </p>
  )
}

export function ProblemNotice(props: { error: ApiError; onRetry?: () => void }) {
  const { problem } = props.error
  return (
    <div class="notice notice-error" role="alert">
      <strong>{problem.title}</strong>
      <p>{problem.detail}</p>
      {problem.hint !== undefined && <p class="muted">{problem.hint}</p>}
      {problem.requestId !== undefined && <p class="muted small">Request id: {problem.requestId}</p>}
      {props.onRetry !== undefined && (
        <button type="button" class="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

/** A page or panel whose engine has nothing for this snapshot yet. */
export function EmptyState(props: { title: string; children?: ComponentChildren; icon?: string }) {
  return (
    <div class="empty-state">
      <div class="empty-icon" aria-hidden="true">
        {props.icon ?? '◌'}
      </div>
      <h3>{props.title}</h3>
      {props.children}
    </div>
  )
}
