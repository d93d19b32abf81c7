/** @module What route modules are built from. */
import type { Logger } from 'pino'
import type { Store } from '../store/store.js'
import type { AuthGate } from './auth/auth-gate.js'
import type { GraphSource } from './graph-source.js'

export interface ServerDeps {
  readonly store: Store
  readonly graphs: GraphSource
  readonly gate: AuthGate
  readonly logger: Logger
}
