/** @module Scopes: what secure score and governance key on (account, subscription, project, cluster). */
import type { Provider } from './vocabulary.js'

export interface Scope {
  /** Account id, subscription id, project id or cluster id, as it appears on nodes. */
  readonly id: string
  readonly provider: Provider
  readonly name: string
  /** Organization / management group / folder chain, outermost first. */
  readonly parents: readonly string[]
}
