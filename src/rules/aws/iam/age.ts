/** @module Ages of IAM credentials in whole days, from the ISO timestamps the mappers keep. */

const DAY = 24 * 60 * 60 * 1000

/** Days between `iso` and now (evaluation time), or undefined when the timestamp is absent or unreadable. */
export function ageInDays(iso: unknown, now: number = Date.now()): number | undefined {
  if (typeof iso !== 'string') return undefined
  const at = Date.parse(iso)
  return Number.isNaN(at) ? undefined : Math.floor((now - at) / DAY)
}
