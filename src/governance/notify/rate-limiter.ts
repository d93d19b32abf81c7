/**
 * @module Holds sends back to at most N per second and M per minute (sliding windows), as mail relays and
 * webhook receivers throttle or drop bursts. The clock and the wait are injectable for tests.
 */
import { realSleep } from './retry.js'

export interface RateLimit {
  readonly perSecond?: number
  readonly perMinute?: number
}

export class RateLimiter {
  private readonly sent: number[] = []

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = realSleep,
  ) {}

  /** Resolves when one more send fits in every window, and counts it. */
  async acquire(): Promise<void> {
    for (;;) {
      const wait = this.waitMs(this.now())
      if (wait <= 0) break
      await this.sleep(wait)
    }
    this.sent.push(this.now())
  }

  private waitMs(now: number): number {
    while (this.sent.length > 0 && this.sent[0]! <= now - 60_000) this.sent.shift()
    let wait = 0
    for (const [max, window] of [[this.limit.perSecond, 1000], [this.limit.perMinute, 60_000]] as const) {
      if (max === undefined) continue
      const inWindow = this.sent.filter((t) => t > now - window)
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + window - now)
    }
    return wait
  }
}
