/** @module What every command receives: global flags and the output channels. */
/** An output stream; `isTTY` decides whether progress bars are drawn. */
export type Output = NodeJS.WritableStream & { isTTY?: boolean }

export interface GlobalFlags {
  readonly db?: string
  readonly json: boolean
  readonly quiet: boolean
  readonly verbose: boolean
}

export interface CliContext {
  readonly flags: GlobalFlags
  readonly stdout: Output
  readonly stderr: Output
  /** True when progress bars may be drawn (a TTY, not --json, not --quiet). */
  readonly interactive: boolean
  /** Human text on stdout unless --json or --quiet. */
  say(text: string): void
  /** The single JSON document a command prints with --json. */
  printJson(value: unknown): void
}

export function createCliContext(
  flags: GlobalFlags,
  stdout: Output,
  stderr: Output,
): CliContext {
  return {
    flags,
    stdout,
    stderr,
    interactive: Boolean(stderr.isTTY) && !flags.json && !flags.quiet,
    say(text: string): void {
      if (!flags.json && !flags.quiet) stdout.write(`${text}\n`)
    },
    printJson(value: unknown): void {
      stdout.write(`${JSON.stringify(value, null, 2)}\n`)
    },
  }
}
