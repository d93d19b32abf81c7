/**
 * @module A token bucket per caller (token id, or client address when unauthenticated): `burst`
 * requests at once, refilled at `perSecond`. In memory, per server process.
 */
export interface RateLimitOptions {
  readonly burst: number
  readonly perSecond: number
  readonly now?: () => number
}

export interface RateDecision {
  readonly ok: boolean
  /** Seconds until one request is allowed again (when refused). */
  readonly retryAfter: number
}

interface Bucket {
  tokens: number
  at: number
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 300, perSecond: 50 }

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>()
  private readonly now: () => number

  constructor(private readonly options: RateLimitOptions = DEFAULT_RATE_LIMIT) {
    this.now = options.now ?? Date.now
  }

  take(key: string): RateDecision {
    const at = this.now()
    const { burst, perSecond } = this.options
    const bucket = this.buckets.get(key) ?? { tokens: burst, at }
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond)
    bucket.at = at
    this.buckets.delete(key)
    this.buckets.set(key, bucket)
    this.evict()
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { ok: true, retryAfter: 0 }
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) }
  }

  /** Bounds memory under many distinct callers: the least recently seen buckets go first. */
  private evict(): void {
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= 50_000) return
      this.buckets.delete(key)
    }
  }
}
