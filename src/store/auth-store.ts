/**
 * @module API tokens and the audit log: the small part of the store that the HTTP server writes.
 * Token secrets never reach the store; only their sha256 hash does (src/server/auth/token-codec.ts).
 */
import type { JsonObject } from '../model/graph-types.js'

/** Ordered from least to most privileged: each role can do everything the roles before it can. */
export const ROLES = ['viewer', 'analyst', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

export interface ApiTokenRecord {
  /** Public random id, also the token's prefix; used for lookup, listing and revocation. */
  readonly id: string
  readonly name: string
  readonly role: Role
  /** Lowercase hex sha256 of the whole token. */
  readonly hash: string
  readonly createdAt: string
  readonly revokedAt: string | null
}

export interface AuditEntry {
  /** Random id; entries sort by (`at`, `id`). */
  readonly id: string
  readonly at: string
  /** Token id, `local` (open loopback server) or `anonymous` (refused before authentication). */
  readonly actor: string
  readonly role: Role | null
  readonly method: string
  readonly path: string
  readonly status: number
  readonly ip: string
  readonly requestId: string
  readonly detail: JsonObject
}

export interface AuthStore {
  /** Fails with SKY_STORE_FAILURE when the id exists. */
  createToken(token: ApiTokenRecord): Promise<void>
  findToken(id: string): Promise<ApiTokenRecord | undefined>
  /** Every token, revoked ones included, oldest first. */
  listTokens(): Promise<ApiTokenRecord[]>
  /** True when an active token was revoked now. */
  revokeToken(id: string, at: string): Promise<boolean>
  countActiveTokens(): Promise<number>
  appendAudit(entries: readonly AuditEntry[]): Promise<void>
  /** Newest first; `before` is the `id` of the last entry of the previous page. */
  listAudit(options: { readonly limit: number; readonly before?: string }): Promise<AuditEntry[]>
}
