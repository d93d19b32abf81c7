/**
 * @module The grace period (defender-cspm.md §6.1): while a task whose rule grants grace is on time, its
 * finding does not count against the secure score. Marked on the finding as `details.governance`, which
 * the score's tally counts as healthy — the score stays where it was before the finding appeared — until
 * the due date passes; from the day after, the finding counts as unhealthy again.
 */
import type { Finding } from '../model/finding.js'
import type { GovernanceTask } from '../model/governance.js'
import { inGracePeriod } from './task-status.js'

export function applyGovernanceGrace(findings: readonly Finding[], tasks: readonly GovernanceTask[], at: Date): Finding[] {
  const grace = new Map<string, GovernanceTask>()
  for (const task of tasks) if (inGracePeriod(task, at)) grace.set(task.id, task)
  if (grace.size === 0) return [...findings]
  return findings.map((finding) => {
    const task = grace.get(finding.id)
    if (task === undefined || finding.status !== 'unhealthy') return finding
    return { ...finding, details: { ...finding.details, governance: { taskId: task.id, owner: task.owner, dueDate: task.dueDate, gracePeriod: true } } }
  })
}

/** True when the finding is in a governance grace period (applyGovernanceGrace marked it). */
export function inGovernanceGrace(finding: Finding): boolean {
  const governance = finding.details['governance']
  return typeof governance === 'object' && governance !== null && !Array.isArray(governance) && governance['gracePeriod'] === true
}
