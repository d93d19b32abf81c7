/**
 * @module A principal's statements grouped by service prefix on demand, so evaluating one action looks
 * only at the statements that can name it (`s3:*`, `*` and NotAction ones) instead of every statement.
 */
import { actionApplies } from './evaluate.js'
import type { PolicyStatement } from './statement.js'
import { serviceOf } from './wildcard.js'

const NONE: readonly PolicyStatement[] = Object.freeze([])

export class StatementSet {
  private readonly byService = new Map<string, readonly PolicyStatement[]>()
  private readonly byAction = new Map<string, readonly PolicyStatement[]>()

  constructor(readonly all: readonly PolicyStatement[]) {}


  /** Statements whose actions can touch `service` (lowercase prefix). */
  forService(service: string): readonly PolicyStatement[] {
    let list = this.byService.get(service)
    if (list === undefined) {
      const found = this.all.filter((s) => s.services === undefined || s.services.includes(service))
      list = found.length === 0 ? NONE : found
      this.byService.set(service, list)
    }
    return list
  }

  /** Statements whose Action/NotAction covers `action`. */
  forAction(action: string): readonly PolicyStatement[] {
    // Keyed by the action as spelt: callers use the same constant strings, so no lowercasing per call.
    let list = this.byAction.get(action)
    if (list === undefined) {
      const service = serviceOf(action) ?? ''
      const found = this.forService(service).filter((s) => actionApplies(s, action))
      list = found.length === 0 ? NONE : found
      this.byAction.set(action, list)
    }
    return list
  }

  /** Whether some Allow statement can name an action of `service`. */
  allowsService(service: string): boolean {
    return this.forService(service).some((s) => s.effect === 'Allow')
  }
}

export const EMPTY_STATEMENTS = new StatementSet([])
