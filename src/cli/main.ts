/** @module The `skyhound` command line: global flags, commands, errors → one line + exit code. */
import { Writable } from 'node:stream'
import { Command, CommanderError } from 'commander'
import { isSkyhoundError } from '../model/errors.js'
import { createCliContext } from './cli-context.js'
import type { CliContext, GlobalFlags, Output } from './cli-context.js'
import { registerDemo } from './commands/demo.js'
import { registerExplore } from './commands/explore.js'
import { registerExempt } from './commands/exempt.js'
import { registerExplain } from './commands/explain.js'
import { registerExport } from './commands/export.js'
import { registerFindings } from './commands/findings.js'
import { registerFormats } from './commands/formats.js'
import { registerGovernance } from './commands/governance.js'
import { registerGovernanceNotify } from './commands/governance-notify.js'
import { registerPaths } from './commands/paths.js'
import { registerRules } from './commands/rules.js'
import { registerScan } from './commands/scan.js'
import { registerScore } from './commands/score.js'
import { registerServe } from './commands/serve.js'
import { registerSnapshots } from './commands/snapshots.js'
import { registerTokens } from './commands/tokens.js'
import { EXIT, EXIT_BY_ERROR } from './exit-codes.js'
import type { ExitCode } from './exit-codes.js'

export interface MainIo {
  readonly stdout?: Output
  readonly stderr?: Output
}

export const VERSION = '0.1.0'

function buildProgram(io: Required<MainIo>, setCode: (code: ExitCode) => void): { program: Command; context: () => CliContext } {
  const program = new Command('skyhound')
  program
    .description('Skyhound: cloud security posture management across AWS, Azure, GCP and Kubernetes')
    .version(VERSION)
    .option('--db <location>', 'SQLite file path or postgres:// URL (default: ./skyhound.db if present, else the XDG data dir)')
    .option('--json', 'print one JSON document (stable shape, docs/cli.md)', false)
    .option('-q, --quiet', 'print nothing but errors', false)
    .option('-v, --verbose', 'add stack traces to errors', false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showSuggestionAfterError(true)
  const context = (): CliContext =>
    createCliContext(program.opts<GlobalFlags>(), io.stdout, io.stderr)
  registerScan(program, context, setCode)
  registerSnapshots(program, context, setCode)
  registerDemo(program, context, setCode)
  registerFormats(program, context, setCode)
  registerServe(program, context, setCode)
  registerTokens(program, context, setCode)
  registerExplore(program, context, setCode)
  registerFindings(program, context, setCode)
  registerScore(program, context, setCode)
  registerRules(program, context, setCode)
  registerExempt(program, context, setCode)
  registerExport(program, context, setCode)
  registerPaths(program, context, setCode)
  registerExplain(program, context, setCode)
  registerGovernanceNotify(registerGovernance(program, context, setCode), context, setCode)
  return { program, context }
}

/** The command tree without running anything: the generated command reference (docs/cli-commands.md) reads it. */
export function cliProgram(): Command {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() })
  return buildProgram({ stdout: discard, stderr: discard }, () => undefined).program
}

function reportError(error: unknown, io: Required<MainIo>, verbose: boolean): ExitCode {
  if (isSkyhoundError(error)) {
    io.stderr.write(`skyhound: ${error.message}${error.hint ? ` (hint: ${error.hint})` : ''}\n`)
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`)
    return EXIT_BY_ERROR[error.code]
  }
  const message = error instanceof Error ? error.message : String(error)
  io.stderr.write(`skyhound: internal error: ${message} (hint: rerun with --verbose and report it)\n`)
  if (verbose && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
  return EXIT.internal
}

/** Runs the CLI with `argv` (as process.argv) and resolves to the exit code; never calls process.exit. */
export async function main(argv: readonly string[], io: MainIo = {}): Promise<ExitCode> {
  const streams: Required<MainIo> = { stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr }
  let code: ExitCode = EXIT.ok
  const { program } = buildProgram(streams, (c) => (code = c))
  try {
    await program.parseAsync([...argv])
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; any other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.input
    }
    return reportError(error, streams, program.opts<GlobalFlags>().verbose)
  }
}
