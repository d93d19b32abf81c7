import { Card, Stat } from '../components/card.js'
import { PendingEnginePage } from './pending-engine.js'

export function SecureScorePage() {
  return (
    <PendingEnginePage
      title="Secure score"
      subtitle="How much of the possible posture you have, per control and over time"
      icon="◔"
      emptyTitle="No secure score in this snapshot yet"
      explanation={
        <>
          <p>
            The score is computed per control as max points × healthy / (healthy + unhealthy) resources, per account,
            subscription, project and cluster, and across them weighted by resource count. Its history follows every
            snapshot.
          </p>
        </>
      }
      fromSummary={(summary) =>
        summary.secureScore === null ? undefined : (
          <Card title="Secure score of this snapshot">
            <div class="stats-row">
              <Stat label="secure score" value={`${Math.round(summary.secureScore.percentage)}%`} />
              <Stat label="points" value={`${summary.secureScore.current.toFixed(1)} / ${summary.secureScore.max.toFixed(0)}`} />
            </div>
            <meter min={0} max={100} value={summary.secureScore.percentage} aria-label="Secure score" />
            <p class="muted small">Controls and history arrive with the score API.</p>
          </Card>
        )
      }
    />
  )
}
