import { Card, Stat } from '../components/card.js'
import { CountBars } from '../components/count-bars.js'
import { levelRows } from '../components/severity.js'
import { count } from '../format.js'
import { PendingEnginePage } from './pending-engine.js'

export function RecommendationsPage() {
  return (
    <PendingEnginePage
      title="Recommendations"
      subtitle="Misconfigurations by control, resource, severity and risk"
      icon="✓"
      emptyTitle="No recommendations in this snapshot yet"
      explanation={
        <>
          <p>
            When the rules engine evaluates a snapshot, each recommendation shows its affected resources (unhealthy,
            healthy, not applicable), severity, risk level with its factors, and the secure score it is worth.
          </p>
        </>
      }
      fromSummary={(summary) =>
        summary.findings.total === 0 ? undefined : (
          <Card title="Unhealthy findings in this snapshot">
            <Stat label="unhealthy findings" value={count(summary.findings.total)} />
            <CountBars label="Findings by severity" rows={levelRows(summary.findings.bySeverity)} />
            <p class="muted small">The list by control and by resource arrives with the findings API.</p>
          </Card>
        )
      }
    />
  )
}
