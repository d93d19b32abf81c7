/**
 * @module Where digests go: an SMTP relay (nodemailer), or a folder of .eml files for a dry run. Both build the
 * same RFC 5322 message (nodemailer's MIME composer: multipart/alternative with text and HTML parts).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createTransport } from 'nodemailer'
import type { NodemailerError } from 'nodemailer/lib/errors'
import { SkyhoundError } from '../../model/errors.js'
import { RateLimiter } from './rate-limiter.js'
import type { RateLimit } from './rate-limiter.js'
import { withRetries } from './retry.js'

export interface OutgoingMail {
  readonly from: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly html: string
  readonly date: Date
  /** Extra headers (`X-Skyhound-Notification: owner-digest; 2026-W48`). */
  readonly headers: Readonly<Record<string, string>>
  /** File name stem for a dry run, unique per message. */
  readonly stem: string
}

export interface SentMail {
  readonly messageId: string
  /** The .eml written by a dry run. */
  readonly file?: string
}

export interface MailSender {
  send(mail: OutgoingMail): Promise<SentMail>
  close(): void
}

export type StartTls = 'required' | 'opportunistic' | 'disabled'

export interface SmtpSettings {
  readonly host: string
  readonly port: number
  /** Implicit TLS from the first byte (port 465); otherwise STARTTLS as `startTls` says. */
  readonly secure: boolean
  readonly startTls: StartTls
  readonly user?: string
  /** Read from the environment by the caller; never logged or printed. */
  readonly password?: string
  /** Accept a certificate no trusted CA signed (test relays only). */
  readonly allowSelfSigned: boolean
  readonly timeoutMs: number
  readonly rateLimit: RateLimit
  readonly retries: { readonly attempts: number; readonly baseDelayMs: number }
}

/** A 4xx reply (451 greylisting, 421 busy) or a lost connection is worth another try; 5xx and bad credentials are not. */
export function isTransientSmtpError(error: unknown): boolean {
  const e = error as NodemailerError
  if (typeof e.responseCode === 'number') return e.responseCode >= 400 && e.responseCode < 500
  return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(e.code ?? '')
}

export interface SenderHooks {
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly onRetry?: (to: string, error: unknown, attempt: number, delayMs: number) => void
}

function mailOptions(mail: OutgoingMail) {
  return { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, date: mail.date, headers: { ...mail.headers } }
}

export function createSmtpSender(settings: SmtpSettings, hooks: SenderHooks = {}): MailSender {
  // One pooled connection, reused for every digest of the run (a new SMTP session per message costs ~100 ms).
  const transport = createTransport({
    pool: true,
    maxConnections: 1,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && settings.startTls === 'required',
    ignoreTLS: !settings.secure && settings.startTls === 'disabled',
    ...(settings.user === undefined ? {} : { auth: { user: settings.user, pass: settings.password ?? '' } }),
    tls: { rejectUnauthorized: !settings.allowSelfSigned },
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  })
  const limiter = new RateLimiter(settings.rateLimit, hooks.now, hooks.sleep)
  return {
    async send(mail) {
      const info = await withRetries(
        async () => {
          await limiter.acquire()
          return transport.sendMail(mailOptions(mail))
        },
        {
          attempts: settings.retries.attempts,
          baseDelayMs: settings.retries.baseDelayMs,
          isTransient: isTransientSmtpError,
          ...(hooks.sleep === undefined ? {} : { sleep: hooks.sleep }),
          onRetry: (error, attempt, delay) => hooks.onRetry?.(mail.to, error, attempt, delay),
        },
      ).catch((error: unknown) => {
        const e = error as NodemailerError
        const reply = e.response === undefined ? (e.message ?? String(error)) : e.response
        throw new SkyhoundError('SKY_NOTIFY_DELIVERY', `SMTP ${settings.host}:${settings.port} did not accept the mail to ${mail.to}: ${reply}`, {
          where: `smtp://${settings.host}:${settings.port}`,
          cause: error,
          hint: e.code === 'EAUTH' ? 'check smtp.user and the password environment variable' : 'check the smtp settings of the notify config; temporary failures are retried',
        })
      })
      return { messageId: info.messageId }
    },
    close: () => transport.close(),
  }
}

/** A dry run: the real message, composed as it would be sent, written to `<dir>/<stem>.eml`. */
export function createEmlSender(dir: string): MailSender {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
  return {
    async send(mail) {
      const info = await transport.sendMail(mailOptions(mail))
      await mkdir(dir, { recursive: true })
      const file = join(dir, `${mail.stem.replace(/[^\w.@-]+/g, '_')}.eml`)
      await writeFile(file, info.message as Buffer)
      return { messageId: info.messageId, file }
    },
    close: () => transport.close(),
  }
}
