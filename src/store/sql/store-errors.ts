/** @module Turning driver errors into one-line SkyhoundErrors that name the store location. */
import { SkyhoundError, isSkyhoundError } from '../../model/errors.js'

/** The driver's own words, on one line; Node's dual-stack connect errors are AggregateErrors with no message. */
export function describeCause(error: unknown): string {
  if (error instanceof AggregateError && error.message === '' && error.errors.length > 0) {
    return describeCause(error.errors[0])
  }
  if (error instanceof Error) {
    const code = errorCode(error)
    const text = error.message === '' ? (code ?? error.name) : error.message
    return text.replace(/\s+/g, ' ').trim()
  }
  return String(error)
}

/** `code` of a driver error (`SQLITE_BUSY`, `ECONNREFUSED`, `28P01`…), looking through AggregateError. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof AggregateError && error.errors.length > 0) {
    const own = codeOf(error)
    return own ?? errorCode(error.errors[0])
  }
  return codeOf(error)
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  const code = error.code
  return typeof code === 'string' ? code : undefined
}

/** A failed operation on an open store; SkyhoundErrors raised on purpose pass through unchanged. */
export function storeFailure(location: string, operation: string, cause: unknown): SkyhoundError {
  if (isSkyhoundError(cause)) return cause
  return new SkyhoundError('SKY_STORE_FAILURE', `${location}: could not ${operation}: ${describeCause(cause)}`, {
    where: location,
    cause,
  })
}

/** The location cannot be opened as a store: bad URL, unreachable server, unwritable or foreign file. */
export function storeOpenError(location: string, cause: unknown, hint: string): SkyhoundError {
  return new SkyhoundError('SKY_STORE_URL', `cannot open the store at ${location}: ${describeCause(cause)}`, {
    where: location,
    cause,
    hint,
  })
}
