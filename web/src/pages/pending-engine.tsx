/** The shared body of a page whose engine has not produced data for this snapshot yet. */
import type { ComponentChildren } from 'preact'
import { useSummary } from '../api/use-summary.js'
import type { SnapshotSummary } from '../api/use-summary.js'
import { NoSnapshot } from '../components/no-snapshot.js'
import { PageHeader } from '../components/page-header.js'
import { EmptyState, Loading, ProblemNotice } from '../components/states.js'

export interface PendingEngineProps {
  readonly title: string
  readonly subtitle: string
  readonly icon: string
  readonly emptyTitle: string
  /** What the page will show, for the empty state. */
  readonly explanation: ComponentChildren
  /** Renders real data when the summary already has it; undefined keeps the empty state. */
  readonly fromSummary?: (summary: SnapshotSummary) => ComponentChildren | undefined
}

export function PendingEnginePage(props: PendingEngineProps) {
  const summary = useSummary()
  let body: ComponentChildren
  if (summary.state === 'error') {
    body = summary.error.status === 404 ? <NoSnapshot /> : <ProblemNotice error={summary.error} onRetry={summary.reload} />
  } else if (summary.data === undefined) {
    body = <Loading />
  } else {
    body = props.fromSummary?.(summary.data) ?? (
      <EmptyState title={props.emptyTitle} icon={props.icon}>
        {props.explanation}
      </EmptyState>
    )
  }
  return (
    <>
      <PageHeader title={props.title} subtitle={props.subtitle} />
      {body}
    </>
  )
}
