import { PendingEnginePage } from './pending-engine.js'

export function GovernancePage() {
  return (
    <PendingEnginePage
      title="Governance"
      subtitle="Owners, due dates and the state of every remediation task"
      icon="⚑"
      emptyTitle="No governance rules or tasks yet"
      explanation={
        <>
          <p>
            Governance rules assign owners and due dates to recommendations. Their tasks will show here as on time,
            overdue, completed or unassigned, with a view per owner.
          </p>
        </>
      }
    />
  )
}
