/**
 * @module API token format and hashing. A token is `skh_<id>_<secret>`: the 12-hex-digit id is public
 * (lookup, listing, revocation, audit), the 256-bit secret is shown once and only its sha256 is stored.
 * A fast hash is enough because the secret is random, not a password.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

const TOKEN_PATTERN = /^skh_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/

export interface GeneratedToken {
  readonly id: string
  readonly token: string
  readonly hash: string
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function generateToken(): GeneratedToken {
  const id = randomBytes(6).toString('hex')
  const token = `skh_${id}_${randomBytes(32).toString('base64url')}`
  return { id, token, hash: hashToken(token) }
}

/** The token id when `token` is well-formed, otherwise undefined. */
export function tokenId(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1]
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return presented.length === stored.length && timingSafeEqual(presented, stored)
}
