/** @module The shape of every provider's kinds table (`<provider>-kinds.ts`): kind → family and description. */
import type { Family } from '../../model/vocabulary.js'

export interface KindInfo {
  readonly family: Family
  readonly description: string
}

/** A provider's kinds table, as the coverage report and docs/kinds.md read it. */
export type KindTable = Readonly<Record<string, KindInfo>>
