/**
 * @module The notify configuration (docs/governance-notifications.md, Configuration): a YAML/JSON file, then
 * environment variables, then command-line flags, each overriding the one before. Secrets (the SMTP password,
 * webhook secrets) are only ever named by the environment variable that holds them, never written in the file.
 */
import { dirname, resolve } from 'node:path'
import { z } from 'zod'
import { SkyhoundError } from '../../model/errors.js'
import type { SmtpSettings } from './mail-sender.js'
import { readNotifyFile } from './read-notify-file.js'
import type { WebhookSettings } from './webhook-sender.js'

const retriesSchema = z.strictObject({
  attempts: z.int().min(1).max(10).optional(),
  baseDelayMs: z.int().min(0).max(600_000).optional(),
})

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' })

export const notifyFileSchema = z.strictObject({
  /** The owner directory, relative to this file. */
  directory: z.string().min(1).optional(),
  from: z.string().min(3).optional(),
  owners: z.boolean().optional(),
  managers: z.boolean().optional(),
  smtp: z
    .strictObject({
      host: z.string().min(1).optional(),
      port: z.int().min(1).max(65_535).optional(),
      secure: z.boolean().optional(),
      startTls: z.enum(['required', 'opportunistic', 'disabled']).optional(),
      user: z.string().min(1).optional(),
      passwordEnv: envName.optional(),
      allowSelfSigned: z.boolean().optional(),
      timeoutMs: z.int().min(100).max(600_000).optional(),
      rateLimit: z.strictObject({ perSecond: z.number().positive().optional(), perMinute: z.number().positive().optional() }).optional(),
      retries: retriesSchema.optional(),
    })
    .optional(),
  webhooks: z
    .array(
      z.strictObject({
        name: z.string().min(1).optional(),
        url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
        secretEnv: envName,
        timeoutMs: z.int().min(100).max(600_000).optional(),
        retries: retriesSchema.optional(),
      }),
    )
    .default([]),
})
export type NotifyFile = z.output<typeof notifyFileSchema>

export const CONFIG_HINT = 'see docs/governance-notifications.md (Configuration)'

export const DEFAULT_PASSWORD_ENV = 'SKYHOUND_SMTP_PASSWORD'
export const DEFAULT_WEBHOOK_SECRET_ENV = 'SKYHOUND_WEBHOOK_SECRET'

/** Command-line flags; each wins over the environment and the file. */
export interface NotifyFlags {
  readonly config?: string
  readonly directory?: string
  readonly from?: string
  readonly smtpHost?: string
  readonly smtpPort?: string
  readonly smtpUser?: string
  readonly smtpSecure?: boolean
  readonly smtpStarttls?: string
  readonly webhook?: readonly string[]
  readonly owners?: boolean
  readonly managers?: boolean
}

export interface NotifyConfig {
  readonly directoryFile: string | undefined
  readonly from: string
  readonly owners: boolean
  readonly managers: boolean
  /** Undefined when no SMTP host is configured (a dry run needs none). */
  readonly smtp: SmtpSettings | undefined
  readonly webhooks: readonly WebhookSettings[]
}

type Env = Readonly<Record<string, string | undefined>>

function usage(message: string, hint = CONFIG_HINT): SkyhoundError {
  return new SkyhoundError('SKY_USAGE', message, { hint })
}

function portOf(text: string, from: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw usage(`${from} ${text} is not a TCP port`)
  return port
}

function webhookName(url: string): string {
  const u = new URL(url)
  return `${u.origin}${u.pathname}`
}

export function resolveNotifyConfig(file: NotifyFile, fileDir: string, env: Env, flags: NotifyFlags): NotifyConfig {
  const s = file.smtp ?? {}
  const host = flags.smtpHost ?? env['SKYHOUND_SMTP_HOST'] ?? s.host
  const portText = flags.smtpPort ?? env['SKYHOUND_SMTP_PORT']
  const secure = flags.smtpSecure ?? s.secure ?? false
  const startTls = flags.smtpStarttls ?? s.startTls ?? 'required'
  if (startTls !== 'required' && startTls !== 'opportunistic' && startTls !== 'disabled') throw usage(`--smtp-starttls ${startTls} is not required, opportunistic or disabled`)
  const user = flags.smtpUser ?? env['SKYHOUND_SMTP_USER'] ?? s.user
  const passwordEnv = s.passwordEnv ?? DEFAULT_PASSWORD_ENV
  const password = env[passwordEnv]
  if (host !== undefined && user !== undefined && (password === undefined || password === '')) {
    throw usage(`SMTP user ${user} is set but the password variable ${passwordEnv} is empty`, `export ${passwordEnv}=… (the password is only read from the environment)`)
  }
  const smtp: SmtpSettings | undefined =
    host === undefined
      ? undefined
      : {
          host,
          port: portText === undefined ? (s.port ?? (secure ? 465 : 587)) : portOf(portText, flags.smtpPort === undefined ? 'SKYHOUND_SMTP_PORT' : '--smtp-port'),
          secure,
          startTls,
          ...(user === undefined ? {} : { user, password: password ?? '' }),
          allowSelfSigned: s.allowSelfSigned ?? false,
          timeoutMs: s.timeoutMs ?? 30_000,
          rateLimit: s.rateLimit ?? { perSecond: 5, perMinute: 120 },
          retries: { attempts: s.retries?.attempts ?? 4, baseDelayMs: s.retries?.baseDelayMs ?? 2_000 },
        }

  const secretOf = (name: string, variable: string): string => {
    const secret = env[variable]
    if (secret === undefined || secret === '') throw usage(`webhook ${name} needs its signing secret in ${variable}, which is empty`, `export ${variable}=<shared secret> (at least 16 characters)`)
    return secret
  }
  const webhooks: WebhookSettings[] = file.webhooks.map((w) => {
    const name = w.name ?? webhookName(w.url)
    return { name, url: w.url, secret: secretOf(name, w.secretEnv), timeoutMs: w.timeoutMs ?? 10_000, retries: { attempts: w.retries?.attempts ?? 3, baseDelayMs: w.retries?.baseDelayMs ?? 1_000 } }
  })
  for (const url of flags.webhook ?? []) {
    if (!z.url({ protocol: /^https?$/ }).safeParse(url).success) throw usage(`--webhook ${url} is not an http(s) URL`)
    const name = webhookName(url)
    webhooks.push({ name, url, secret: secretOf(name, DEFAULT_WEBHOOK_SECRET_ENV), timeoutMs: 10_000, retries: { attempts: 3, baseDelayMs: 1_000 } })
  }

  const directory = flags.directory ?? (file.directory === undefined ? undefined : resolve(fileDir, file.directory))
  return {
    directoryFile: directory,
    from: flags.from ?? env['SKYHOUND_NOTIFY_FROM'] ?? file.from ?? 'Skyhound <skyhound@localhost>',
    owners: flags.owners ?? file.owners ?? true,
    managers: flags.managers ?? file.managers ?? true,
    smtp,
    webhooks,
  }
}

export async function loadNotifyConfig(flags: NotifyFlags, env: Env = process.env): Promise<NotifyConfig> {
  const file: NotifyFile = flags.config === undefined ? { webhooks: [] } : await readNotifyFile(flags.config, notifyFileSchema, { name: 'notify config', hint: CONFIG_HINT })
  return resolveNotifyConfig(file, flags.config === undefined ? process.cwd() : dirname(resolve(flags.config)), env, flags)
}
