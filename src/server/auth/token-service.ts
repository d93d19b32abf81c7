/** @module Creating, listing and revoking API tokens: shared by `skyhound tokens` and `/api/v1/tokens`. */
import { SkyhoundError } from '../../model/errors.js'
import type { ApiTokenRecord, AuthStore, Role } from '../../store/auth-store.js'
import { generateToken } from './token-codec.js'

export interface TokenInfo {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly createdAt: string
  readonly revokedAt: string | null
}

export interface CreatedToken extends TokenInfo {
  /** The secret token: shown once, never stored. */
  readonly token: string
}

export const MAX_TOKEN_NAME = 100

/** The public view of a token record: everything but the hash. */
export function tokenInfo(record: ApiTokenRecord): TokenInfo {
  return { id: record.id, name: record.name, role: record.role, createdAt: record.createdAt, revokedAt: record.revokedAt }
}

export async function createApiToken(
  store: AuthStore,
  request: { readonly name: string; readonly role: Role; readonly now?: Date },
): Promise<CreatedToken> {
  const name = request.name.trim()
  if (name === '' || name.length > MAX_TOKEN_NAME || /[\p{Cc}]/u.test(name)) {
    throw new SkyhoundError('SKY_USAGE', `token name must be 1–${MAX_TOKEN_NAME} printable characters`, {
      hint: 'Name the token after its holder or purpose, e.g. --name ci-exporter',
    })
  }
  const generated = generateToken()
  const record: ApiTokenRecord = {
    id: generated.id,
    name,
    role: request.role,
    hash: generated.hash,
    createdAt: (request.now ?? new Date()).toISOString(),
    revokedAt: null,
  }
  await store.createToken(record)
  return { ...tokenInfo(record), token: generated.token }
}

export async function listApiTokens(store: AuthStore): Promise<TokenInfo[]> {
  return (await store.listTokens()).map(tokenInfo)
}

/** True when an active token with that id was revoked. */
export async function revokeApiToken(store: AuthStore, id: string, now: Date = new Date()): Promise<boolean> {
  return store.revokeToken(id, now.toISOString())
}
