/** @module Run limits of a query: how many rows it returns, how far it walks, how long it may take. */

export interface QueryLimits {
  /** Rows returned; `total` still counts every match. */
  readonly maxRows: number
  /** Longest connection (hop range upper bound) a query may ask for. */
  readonly maxHops: number
  /** Wall-clock budget of one run. */
  readonly timeoutMs: number
  /** Edges a run may walk in total, a second guard against runaway traversals. */
  readonly maxEdgeVisits: number
}

export const DEFAULT_LIMITS: QueryLimits = Object.freeze({
  maxRows: 1_000,
  maxHops: 6,
  timeoutMs: 30_000,
  maxEdgeVisits: 200_000_000,
})

/** What `*` without an upper bound means in the text syntax. */
export const DEFAULT_STAR_MAX_HOPS = DEFAULT_LIMITS.maxHops

export function resolveLimits(limits: Partial<QueryLimits> = {}): QueryLimits {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
  return {
    maxRows: pick(limits.maxRows, DEFAULT_LIMITS.maxRows),
    maxHops: pick(limits.maxHops, DEFAULT_LIMITS.maxHops),
    timeoutMs: pick(limits.timeoutMs, DEFAULT_LIMITS.timeoutMs),
    maxEdgeVisits: pick(limits.maxEdgeVisits, DEFAULT_LIMITS.maxEdgeVisits),
  }
}
