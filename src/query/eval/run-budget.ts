/** @module The wall-clock and traversal budget of one query run, checked every few thousand steps. */
import { QueryError } from '../query-error.js'
import type { QueryLimits } from '../query-limits.js'

const CHECK_EVERY = 4_096

export class RunBudget {
  private steps = 0
  private nextCheck = CHECK_EVERY
  private readonly startedAt: number
  private readonly deadline: number
  /** Progress for the error message: root candidates tested so far, of how many. */
  candidatesTested = 0
  candidatesTotal = 0

  constructor(
    private readonly limits: QueryLimits,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.startedAt = now()
    this.deadline = this.startedAt + limits.timeoutMs
  }

  get edgeVisits(): number {
    return this.steps
  }

  elapsedMs(): number {
    return this.now() - this.startedAt
  }

  /** Counts `n` steps (edges walked or candidates tested). */
  tick(n = 1): void {
    this.steps += n
    if (this.steps >= this.nextCheck) this.check()
  }

  check(): void {
    this.nextCheck = this.steps + CHECK_EVERY
    const progress = `after testing ${this.candidatesTested} of ${this.candidatesTotal} candidate nodes`
    if (this.steps > this.limits.maxEdgeVisits) {
      throw new QueryError('SKY_QUERY_LIMIT', `the query walked more than ${this.limits.maxEdgeVisits} edges (limit maxEdgeVisits) ${progress}`, {
        hint: 'narrow the hop ranges or the node kinds of the connections',
      })
    }
    if (this.now() > this.deadline) {
      throw new QueryError('SKY_QUERY_LIMIT', `the query ran longer than ${this.limits.timeoutMs} ms (limit timeoutMs) ${progress}`, {
        hint: 'start from fewer node kinds or families, add cheaper property or insight conditions, or raise the timeout (--timeout)',
      })
    }
  }
}
