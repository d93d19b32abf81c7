/** @module Exit codes of `skyhound` (docs/cli.md) and the mapping from error codes to them. */
import type { ErrorCode } from '../model/errors.js'

export const EXIT = {
  /** Success (a scan with some unreadable inputs still succeeds unless --strict). */
  ok: 0,
  /** Findings or attack paths over a threshold the user asked for (`--fail-on`). */
  threshold: 1,
  /** Usage or input error: bad flags, no readable input, unknown snapshot, bad --db. */
  input: 2,
  /** Internal error: a bug; rerun with --verbose and report it. */
  internal: 3,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export const EXIT_BY_ERROR: Record<ErrorCode, ExitCode> = {
  SKY_USAGE: EXIT.input,
  SKY_INPUT_NOT_FOUND: EXIT.input,
  SKY_INPUT_UNRECOGNIZED: EXIT.input,
  SKY_INPUT_INVALID: EXIT.input,
  SKY_SNAPSHOT_NOT_FOUND: EXIT.input,
  SKY_STORE_URL: EXIT.input,
  SKY_STORE_SCHEMA: EXIT.input,
  SKY_STORE_FAILURE: EXIT.internal,
  SKY_NOTIFY_DELIVERY: EXIT.internal,
  SKY_INTERNAL: EXIT.internal,
}
