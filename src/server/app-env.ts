/** @module The Hono environment every route and middleware shares: who is calling, and the request log. */
import type { Logger } from 'pino'
import type { Role } from '../store/auth-store.js'

/** Who made the request: a verified token, or the local user of an open loopback server. */
export type Principal =
  | { readonly kind: 'token'; readonly tokenId: string; readonly name: string; readonly role: Role }
  | { readonly kind: 'local'; readonly role: 'admin' }

export interface AppEnv {
  Variables: {
    requestId: string
    log: Logger
    /** Absent until authenticated; public routes (health, OpenAPI) may run without one. */
    principal: Principal | undefined
    clientIp: string
  }
}
