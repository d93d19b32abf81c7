import { describe, expect, it } from 'vitest'
import { serveHeapAdvice } from './serve-heap-advice.js'

describe('server/serve-heap-advice', () => {
  it('is silent for a snapshot that fits and names the flag for one that does not', () => {
    expect(serveHeapAdvice(100_000, 4 * 1_073_741_824)).toBeUndefined()
    const advice = serveHeapAdvice(1_000_000, 4 * 1_073_741_824)
    expect(advice).toMatch(/1000000 resources; serving it needs about 14\.2 GB of heap and node allows 4\.0 GB/)
    expect(advice).toMatch(/NODE_OPTIONS=--max-old-space-size=15360 skyhound serve/)
  })
})
