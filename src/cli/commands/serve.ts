/** @module `skyhound serve`: the HTTP API and the dashboard until SIGINT/SIGTERM. */
import type { Command } from 'commander'
import { InvalidArgumentError } from 'commander'
import type { Level } from 'pino'
import { LOG_LEVELS, createLogger } from '../../server/logger.js'
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../server/start-server.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface ServeFlags {
  readonly host: string
  readonly port: number
  readonly logLevel: Level | 'silent'
  readonly poll: number
}

function parsePort(value: string): number {
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('a port is an integer from 0 to 65535')
  return port
}

function parseLevel(value: string): Level | 'silent' {
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${LOG_LEVELS.join(', ')}`)
  return value as Level | 'silent'
}

function parseSeconds(value: string): number {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds < 1) throw new InvalidArgumentError('at least 1 second')
  return seconds
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export async function runServe(ctx: CliContext, flags: ServeFlags): Promise<ExitCode> {
  const logger = createLogger(ctx.flags.quiet ? 'error' : flags.logLevel)
  const store = await openStore(ctx.flags.db)
  try {
    const server = await startServer({ store, host: flags.host, port: flags.port, logger, pollIntervalMs: flags.poll * 1000 })
    if (ctx.flags.json) ctx.printJson({ url: server.url, store: store.location })
    else ctx.say(`Skyhound is serving ${store.location} at ${server.url} (Ctrl+C to stop)`)
    const signal = await untilSignal()
    logger.info({ signal }, 'shutting down')
    await server.close()
  } finally {
    await store.close()
    logger.flush()
  }
  return EXIT.ok
}

export function registerServe(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  program
    .command('serve')
    .summary('serve the HTTP API and the web dashboard')
    .description(
      'Serves /api/v1 and the dashboard from the store (--db). On a loopback address with no API tokens it runs ' +
        'open; on any other address it requires tokens (`skyhound tokens create`). Logs are JSON lines on stderr.',
    )
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--port <n>', 'port (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option('--log-level <level>', `log level: ${LOG_LEVELS.join(', ')}`, parseLevel, 'info')
    .option('--poll <seconds>', 'how often to check the store for a newer snapshot', parseSeconds, 5)
    .action(async (flags: ServeFlags) => done(await runServe(context(), flags)))
}
