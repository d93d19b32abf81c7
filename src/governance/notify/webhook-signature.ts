/**
 * @module The HMAC-SHA256 signature of a webhook delivery (docs/governance-notifications.md, Webhooks).
 * Header `X-Skyhound-Signature: t=<unix seconds>,v1=<hex>`, where hex = HMAC-SHA256(secret, `<t>.<raw body>`).
 * The timestamp is signed with the body, so a captured delivery replayed later fails the receiver's age check.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Skyhound-Signature'
/** How old a delivery a receiver should accept (seconds), by default. */
export const DEFAULT_TOLERANCE_S = 300

export function signPayload(secret: string, body: string, timestampS: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex')
  return `t=${timestampS},v1=${mac}`
}

export type VerifyResult = { readonly ok: true; readonly timestampS: number } | { readonly ok: false; readonly reason: string }

/** What a receiver runs on the raw request body: the signature matches and the delivery is recent. */
export function verifySignature(secret: string, body: string, header: string | null | undefined, nowS: number, toleranceS = DEFAULT_TOLERANCE_S): VerifyResult {
  if (header === null || header === undefined) return { ok: false, reason: `no ${SIGNATURE_HEADER} header` }
  const parts = new Map(header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]))
  const t = Number(parts.get('t'))
  const given = parts.get('v1')
  if (!Number.isSafeInteger(t) || given === undefined || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: 'malformed signature header' }
  if (Math.abs(nowS - t) > toleranceS) return { ok: false, reason: `timestamp ${t} is more than ${toleranceS}s away from now` }
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest()
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return { ok: false, reason: 'signature does not match' }
  return { ok: true, timestampS: t }
}
