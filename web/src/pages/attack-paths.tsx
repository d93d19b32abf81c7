import { Card, Stat } from '../components/card.js'
import { CountBars } from '../components/count-bars.js'
import { levelRows } from '../components/severity.js'
import { count } from '../format.js'
import { PendingEnginePage } from './pending-engine.js'

export function AttackPathsPage() {
  return (
    <PendingEnginePage
      title="Attack paths"
      subtitle="Chains of weaknesses from an entry point to a critical resource"
      icon="⤳"
      emptyTitle="No attack path analysis in this snapshot yet"
      explanation={
        <>
          <p>
            When the attack path engine runs, this page lists every path from the internet (or another entry point)
            to your crown jewels, with its risk level, categories and the graph of each step.
          </p>
          <p class="muted small">Choke points, filters by risk and cloud, and what-if analysis arrive with it.</p>
        </>
      }
      fromSummary={(summary) =>
        summary.attackPaths.total === 0 ? undefined : (
          <Card title="Attack paths in this snapshot">
            <Stat label="attack paths" value={count(summary.attackPaths.total)} />
            <CountBars label="Attack paths by risk" rows={levelRows(summary.attackPaths.byRisk)} />
            <p class="muted small">The list and path graphs arrive with the attack path API.</p>
          </Card>
        )
      }
    />
  )
}
