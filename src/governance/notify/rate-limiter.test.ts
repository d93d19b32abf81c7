import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limiter.js'
import { withRetries } from './retry.js'

describe('RateLimiter', () => {
  it('spaces sends to the per-second and per-minute limits', async () => {
    let clock = 0
    const limiter = new RateLimiter({ perSecond: 2, perMinute: 3 }, () => clock, (ms) => {
      clock += ms
      return Promise.resolve()
    })
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      await limiter.acquire()
      times.push(clock)
    }
    // Two in the first second, the third a second later; then the minute window holds the 4th and 5th back.
    expect(times).toStrictEqual([0, 0, 1000, 60_000, 60_000])
  })
})

describe('withRetries', () => {
  it('retries transient failures with doubling waits and stops at a permanent one', async () => {
    const waits: number[] = []
    let calls = 0
    const result = await withRetries(
      () => {
        calls++
        return calls < 3 ? Promise.reject(new Error('temporary')) : Promise.resolve('ok')
      },
      { attempts: 4, baseDelayMs: 100, isTransient: () => true, sleep: (ms) => Promise.resolve(void waits.push(ms)) },
    )
    expect([result, calls, waits]).toStrictEqual(['ok', 3, [100, 200]])
    await expect(withRetries(() => Promise.reject(new Error('permanent')), { attempts: 4, baseDelayMs: 1, isTransient: () => false })).rejects.toThrow('permanent')
  })
})
