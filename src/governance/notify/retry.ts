/** @module Retries an operation on transient failures with exponential backoff (SMTP 4xx, webhook 5xx/429, lost connections). */

export interface RetryOptions {
  /** Tries in all, the first included (>= 1). */
  readonly attempts: number
  /** Wait before the 2nd try; doubled for each later one, capped at `maxDelayMs`. */
  readonly baseDelayMs: number
  readonly maxDelayMs?: number
  readonly isTransient: (error: unknown) => boolean
  readonly sleep?: (ms: number) => Promise<void>
  /** Told before each wait: which try failed and how long the wait is. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs = 60_000): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
}

/** The result of the first try that succeeds; the last error when every try failed or one failed for good. */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (attempt >= options.attempts || !options.isTransient(error)) throw error
      const delay = backoffDelay(attempt, options.baseDelayMs, options.maxDelayMs)
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
