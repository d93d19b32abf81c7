/**
 * @module Who is calling. With tokens configured (or when the server listens beyond loopback) every
 * protected route needs `Authorization: Bearer skh_…`; a loopback server with no tokens runs open and
 * treats the caller as the local admin. Verified tokens are cached briefly, so a revocation takes
 * effect within `cacheMs`.
 */
import type { ApiTokenRecord, AuthStore } from '../../store/auth-store.js'
import type { Principal } from '../app-env.js'
import { ApiProblem } from '../problem.js'
import { tokenId, tokenMatches } from './token-codec.js'

export type AuthMode = 'open' | 'tokens'

export interface AuthOptions {
  readonly tokens: AuthStore
  /** True when the server listens on a non-loopback address: tokens are mandatory even if none exist. */
  readonly required: boolean
  /** How long a token lookup and the active-token count are trusted (ms). */
  readonly cacheMs?: number
  readonly now?: () => number
}

const LOCAL: Principal = { kind: 'local', role: 'admin' }
const BEARER = /^Bearer\s+(\S+)\s*$/i

function unauthorized(detail: string): ApiProblem {
  return new ApiProblem('HTTP_UNAUTHORIZED', detail, {
    hint: 'Send `Authorization: Bearer <token>`; an admin creates tokens with `skyhound tokens create --role viewer --name <name>`.',
    headers: { 'WWW-Authenticate': 'Bearer realm="skyhound"' },
  })
}

export class AuthGate {
  private readonly cacheMs: number
  private readonly now: () => number
  private readonly records = new Map<string, { record: ApiTokenRecord | undefined; at: number }>()
  private active: { count: number; at: number } | undefined

  constructor(private readonly options: AuthOptions) {
    this.cacheMs = options.cacheMs ?? 10_000
    this.now = options.now ?? Date.now
  }

  get tokens(): AuthStore {
    return this.options.tokens
  }

  /** `open` only on loopback with no active token; re-evaluated every `cacheMs`. */
  async mode(): Promise<AuthMode> {
    if (this.options.required) return 'tokens'
    const at = this.now()
    if (this.active === undefined || at - this.active.at >= this.cacheMs) {
      this.active = { count: await this.options.tokens.countActiveTokens(), at }
    }
    return this.active.count === 0 ? 'open' : 'tokens'
  }

  /** Forget cached lookups (after a token was created or revoked through this server). */
  invalidate(): void {
    this.records.clear()
    this.active = undefined
  }

  /**
   * The caller behind an `Authorization` header value: undefined when there is none and tokens are
   * required; throws 401 for a malformed, unknown or revoked token.
   */
  async authenticate(authorization: string | undefined): Promise<Principal | undefined> {
    if ((await this.mode()) === 'open') return LOCAL
    if (authorization === undefined || authorization.trim() === '') return undefined
    const token = BEARER.exec(authorization)?.[1]
    if (token === undefined) throw unauthorized('the Authorization header is not `Bearer <token>`')
    const id = tokenId(token)
    if (id === undefined) throw unauthorized('the bearer token is not a Skyhound token')
    const record = await this.lookup(id)
    if (record === undefined || !tokenMatches(token, record.hash)) throw unauthorized('the bearer token is not valid')
    if (record.revokedAt !== null) throw unauthorized('the bearer token was revoked')
    return { kind: 'token', tokenId: record.id, name: record.name, role: record.role }
  }

  private async lookup(id: string): Promise<ApiTokenRecord | undefined> {
    const at = this.now()
    const cached = this.records.get(id)
    if (cached !== undefined && at - cached.at < this.cacheMs) return cached.record
    const record = await this.options.tokens.findToken(id)
    // Bounded: ids of unknown tokens are attacker-chosen.
    if (this.records.size > 10_000) this.records.clear()
    this.records.set(id, { record, at })
    return record
  }
}
