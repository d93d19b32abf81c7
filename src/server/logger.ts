/**
 * @module The server's structured logger (pino, JSON lines on stderr). Request logs carry ids, never
 * headers, bodies or query strings; the redact list is a second line of defence for secrets.
 */
import { pino } from 'pino'
import type { Level, Logger } from 'pino'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export function createLogger(level: Level | 'silent' = 'info', destination: number = 2): Logger {
  return pino(
    {
      level,
      base: { service: 'skyhound' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'password', '*.password'],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd: destination, sync: false }),
  )
}
