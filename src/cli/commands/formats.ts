/** @module `skyhound formats`: the input formats Skyhound reads, in detection order. */
import type { Command } from 'commander'
import { BUILTIN_FORMATS } from '../../formats/registry.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

export function listFormats(ctx: CliContext): ExitCode {
  const formats = BUILTIN_FORMATS.map(({ id, provider, title }) => ({ id, provider, title }))
  if (ctx.flags.json) ctx.printJson({ formats })
  else for (const f of formats) ctx.say(`${f.id.padEnd(34)}${f.provider.padEnd(12)}${f.title}`)
  return EXIT.ok
}

export function registerFormats(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  program
    .command('formats')
    .summary('list the supported input formats')
    .action(() => done(listFormats(context())))
}
