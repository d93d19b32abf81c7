/** @module User-facing operational errors with stable codes (STYLE.md §8.5). */

export const ERROR_CODES = {
  SKY_USAGE: 'Wrong command-line usage',
  SKY_INPUT_NOT_FOUND: 'An input path does not exist',
  SKY_INPUT_UNRECOGNIZED: 'No input could be read or recognised',
  SKY_INPUT_INVALID: 'An input is malformed',
  SKY_SNAPSHOT_NOT_FOUND: 'No snapshot with that id',
  SKY_STORE_URL: 'The --db value is not a usable database location',
  SKY_STORE_FAILURE: 'The store refused an operation',
  SKY_STORE_SCHEMA: 'The database was written by a newer Skyhound',
  SKY_NOTIFY_DELIVERY: 'A mail relay or webhook did not accept a notification',
  SKY_INTERNAL: 'An internal error',
} as const
export type ErrorCode = keyof typeof ERROR_CODES

const BRAND = Symbol.for('skyhound:error')

export interface SkyhoundErrorOptions {
  readonly hint?: string
  readonly cause?: unknown
  /** File, URL or other place the error is about. */
  readonly where?: string
}

export class SkyhoundError extends Error {
  readonly [BRAND] = true
  readonly code: ErrorCode
  readonly hint: string | undefined
  readonly where: string | undefined

  constructor(code: ErrorCode, message: string, options: SkyhoundErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'SkyhoundError'
    this.code = code
    this.hint = options.hint
    this.where = options.where
  }
}

/** Brand check that also works across duplicated package copies, where `instanceof` fails. */
export function isSkyhoundError(value: unknown): value is SkyhoundError {
  return typeof value === 'object' && value !== null && BRAND in value
}
