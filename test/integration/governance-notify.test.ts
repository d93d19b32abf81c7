/**
 * Governance notifications end to end: a real SMTP server in-process (smtp-server on a loopback port), a real
 * store (SQLite) holding the notification log, a loopback HTTP receiver for the webhook. Digests reach the right
 * people, managers see only overdue tasks, a re-run in the same week sends nothing and the next week resends,
 * a 451 is retried, a dry run writes .eml files that read back, and webhook signatures verify.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { makeTask } from '../../src/governance/notify/__fixtures__/tasks.js'
import { createEmlSender, createSmtpSender } from '../../src/governance/notify/mail-sender.js'
import type { SmtpSettings } from '../../src/governance/notify/mail-sender.js'
import type { NotifyConfig } from '../../src/governance/notify/notify-config.js'
import { toDirectory } from '../../src/governance/notify/notify-directory.js'
import { runNotify } from '../../src/governance/notify/notify-run.js'
import { SIGNATURE_HEADER, verifySignature } from '../../src/governance/notify/webhook-signature.js'
import type { OverduePayload } from '../../src/governance/notify/webhook-sender.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { decodeHeader, parseMail } from '../helpers/mime-message.js'
import type { ParsedMail } from '../helpers/mime-message.js'

interface Received {
  readonly to: readonly string[]
  readonly mail: ParsedMail
  readonly raw: string
}

const DOMAIN = 'ridgeline-outfitters.example'
const at = (user: string): string => `${user}@${DOMAIN}`

const directory = toDirectory({
  owners: {
    [at('alice')]: { name: 'Alice Doe', manager: at('maria') },
    payments: { name: 'Payments team', manager: at('maria') },
    [at('dave')]: { manager: at('omar') },
  },
  teams: { payments: [at('bob'), at('carol')] },
})

const tasks = [
  makeTask({ id: 'alice-late', owner: at('alice'), severity: 'high', dueDate: '2026-11-20', status: 'overdue', title: 'S3 bucket blocks public access' }),
  makeTask({ id: 'alice-ok', owner: at('alice'), severity: 'low', dueDate: '2026-12-20', title: 'S3 bucket keeps versions', resourceName: '<img src=x onerror=alert(1)>' }),
  makeTask({ id: 'pay-late', owner: 'payments', severity: 'critical', dueDate: '2026-11-10', status: 'overdue', title: 'Database is not public' }),
  makeTask({ id: 'dave-ok', owner: at('dave'), severity: 'medium', dueDate: '2026-12-31', title: 'Key rotation is on' }),
  makeTask({ id: 'done', owner: at('dave'), severity: 'critical', dueDate: '2026-11-01', status: 'completed', title: 'Completed task' }),
]

const WEEK_48 = new Date('2026-11-25T08:00:00Z')
const noSleep = (): Promise<void> => Promise.resolve()

function config(overrides: Partial<NotifyConfig> = {}): NotifyConfig {
  return { directoryFile: undefined, from: `Skyhound <skyhound@${DOMAIN}>`, owners: true, managers: true, smtp: undefined, webhooks: [], ...overrides }
}

describe('governance notify over SMTP', () => {
  let server: SMTPServer
  let port = 0
  let received: Received[] = []
  /** Replies the next RCPT TO commands get before the server accepts again. */
  let rcptFailures: number[] = []
  let store: Store

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        const code = rcptFailures.shift()
        if (code === undefined) return callback()
        callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: code }))
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail: parseMail(raw), raw })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  beforeEach(async () => {
    received = []
    rcptFailures = []
    store = await openStore(':memory:')
  })

  afterEach(async () => {
    await store.close()
  })

  const smtp = (): SmtpSettings => ({
    host: '127.0.0.1',
    port,
    secure: false,
    startTls: 'disabled',
    allowSelfSigned: false,
    timeoutMs: 5_000,
    rateLimit: { perSecond: 50 },
    retries: { attempts: 3, baseDelayMs: 10 },
  })

  async function notify(now: Date, retries: { to: string; attempt: number }[] = []) {
    const sender = createSmtpSender(smtp(), { sleep: noSleep, onRetry: (to, _e, attempt) => retries.push({ to, attempt }) })
    try {
      return await runNotify({ tasks, directory, config: config({ smtp: smtp() }), log: store.notifications, sender, now })
    } finally {
      sender.close()
    }
  }

  const mailTo = (address: string): Received[] => received.filter((r) => r.to.includes(address))

  it('sends each owner their open tasks and each manager only the overdue ones', async () => {
    // Act
    const report = await notify(WEEK_48)

    // Assert
    expect(report.failures).toStrictEqual([])
    expect(received.map((r) => r.to.join(',')).sort()).toStrictEqual([at('alice'), at('bob'), at('carol'), at('dave'), at('maria')])
    const alice = mailTo(at('alice'))[0]!.mail
    expect(decodeHeader(alice.headers.get('subject')!)).toBe('[Skyhound] 2 open remediation tasks, 1 overdue (2026-W48)')
    expect(alice.headers.get('from')).toBe(`Skyhound <skyhound@${DOMAIN}>`)
    expect(alice.headers.get('x-skyhound-notification')).toBe('owner-digest; period=2026-W48')
    expect(alice.contentType).toMatch(/^multipart\/alternative/)
    expect(alice.text).toContain('[OVERDUE 5d] S3 bucket blocks public access')
    expect(alice.text).toContain('S3 bucket keeps versions')
    expect(alice.text).not.toContain('Database is not public')
    expect(alice.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(alice.html).not.toContain('<img')
    for (const member of [at('bob'), at('carol')]) {
      const text = mailTo(member)[0]!.mail.text
      expect(text).toContain('Database is not public')
      expect(text).not.toContain('S3 bucket')
    }
    expect(mailTo(at('dave'))[0]!.mail.text).not.toContain('Completed task')
    // The manager: both reports' overdue tasks, nothing on time; Dave's manager gets no mail (nothing overdue).
    const maria = mailTo(at('maria'))[0]!.mail
    expect(decodeHeader(maria.headers.get('subject')!)).toBe('[Skyhound] 2 overdue remediation tasks in your team (2026-W48)')
    expect(maria.text).toContain('== Alice Doe <alice@ridgeline-outfitters.example>: 1 overdue')
    expect(maria.text).toContain('== Payments team <payments>: 1 overdue')
    expect(maria.text).toContain('S3 bucket blocks public access')
    expect(maria.text).toContain('Database is not public')
    expect(maria.text).not.toContain('S3 bucket keeps versions')
    expect(maria.text).not.toContain('Key rotation')
    expect(mailTo(at('omar'))).toStrictEqual([])
    expect(report.sent.every((s) => s.messageId !== undefined)).toBe(true)
  })

  it('sends nothing again in the same week, and resends the next week', async () => {
    // Arrange
    await notify(WEEK_48)
    received = []

    // Act
    const again = await notify(new Date('2026-11-29T22:00:00Z')) // Sunday, still 2026-W48

    // Assert
    expect(received).toStrictEqual([])
    expect(again.sent).toStrictEqual([])
    expect(again.alreadySent).toHaveLength(5)
    const nextWeek = await notify(new Date('2026-11-30T08:00:00Z'))
    expect(nextWeek.sent.map((s) => `${s.kind} ${s.recipient} ${s.period}`).sort()).toStrictEqual(
      [at('alice'), at('bob'), at('carol'), at('dave')].map((r) => `owner-digest ${r} 2026-W49`).concat(`manager-overdue ${at('maria')} 2026-W49`).sort(),
    )
    expect(received).toHaveLength(5)
    expect(await store.notifications.listSent({ kind: 'owner-digest', recipient: at('alice') })).toHaveLength(2)
  })

  it('sends each digest once when two runs start at the same time', async () => {
    // Act: both runs read an empty log before either has sent anything.
    const [first, second] = await Promise.all([notify(WEEK_48), notify(WEEK_48)])

    // Assert
    expect(received.map((r) => r.to.join(',')).sort()).toStrictEqual([at('alice'), at('bob'), at('carol'), at('dave'), at('maria')])
    expect(first.sent.length + second.sent.length).toBe(5)
    expect(first.alreadySent.length + second.alreadySent.length).toBe(5)
    const log = await store.notifications.listSent({ period: '2026-W48' })
    expect(log).toHaveLength(5)
    expect(log.every((r) => r.messageId !== null)).toBe(true)
  })

  it('retries a 451 temporary failure and delivers once', async () => {
    // Arrange: the first two RCPT TO commands are greylisted.
    rcptFailures = [451, 451]
    const retries: { to: string; attempt: number }[] = []

    // Act
    const report = await notify(WEEK_48, retries)

    // Assert
    expect(report.failures).toStrictEqual([])
    expect(retries).toStrictEqual([
      { to: at('alice'), attempt: 1 },
      { to: at('alice'), attempt: 2 },
    ])
    expect(mailTo(at('alice'))).toHaveLength(1)
    expect(received).toHaveLength(5)
  })

  it('reports a permanent 550 without retrying, sends the others, and leaves it out of the log', async () => {
    rcptFailures = [550]
    const retries: { to: string; attempt: number }[] = []
    const report = await notify(WEEK_48, retries)
    expect(retries).toStrictEqual([])
    expect(report.failures).toMatchObject([{ kind: 'owner-digest', recipient: at('alice') }])
    expect(report.failures[0]!.message).toContain('550')
    expect(received).toHaveLength(4)
    expect(await store.notifications.listSent({ recipient: at('alice') })).toStrictEqual([])
    // The next run in the same week sends the one that failed, and only it.
    received = []
    await notify(WEEK_48)
    expect(received.map((r) => r.to.join(','))).toStrictEqual([at('alice')])
  })
})

describe('governance notify over STARTTLS with authentication', () => {
  const PASSWORD = 'p4ss-Secret-never-printed'

  it('upgrades to TLS, logs in, and never puts the password in an error', async () => {
    // Arrange: a relay that only allows AUTH after STARTTLS (smtp-server's built-in self-signed certificate).
    const sessions: { secure: boolean; user: unknown }[] = []
    const relay = new SMTPServer({
      logger: false,
      allowInsecureAuth: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'skyhound' && auth.password === PASSWORD) return callback(null, { user: auth.username })
        callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
      },
      onData(stream, session, callback) {
        stream.resume()
        stream.on('end', () => {
          sessions.push({ secure: session.secure, user: session.user })
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
    const relayPort = (relay.server.address() as AddressInfo).port
    const settings = (password: string): SmtpSettings => ({
      host: '127.0.0.1',
      port: relayPort,
      secure: false,
      startTls: 'required',
      user: 'skyhound',
      password,
      allowSelfSigned: true,
      timeoutMs: 5_000,
      rateLimit: {},
      retries: { attempts: 3, baseDelayMs: 1 },
    })
    const store = await openStore(':memory:')
    try {
      // Act
      const good = createSmtpSender(settings(PASSWORD), { sleep: noSleep })
      const report = await runNotify({ tasks, directory, config: config({ managers: false }), log: store.notifications, sender: good, now: WEEK_48 })
      good.close()
      const retried: number[] = []
      const bad = createSmtpSender(settings('wrong-password'), { sleep: noSleep, onRetry: (_to, _e, attempt) => retried.push(attempt) })
      const refused = await bad.send({ from: 'a@x.example', to: at('alice'), subject: 's', text: 't', html: '<p>t</p>', date: WEEK_48, headers: {}, stem: 's' }).catch((e: unknown) => e)
      bad.close()

      // Assert
      expect(report.failures).toStrictEqual([])
      expect(sessions).toHaveLength(4)
      expect(sessions.every((s) => s.secure && s.user === 'skyhound')).toBe(true)
      expect(retried).toStrictEqual([])
      expect(refused).toMatchObject({ code: 'SKY_NOTIFY_DELIVERY', hint: 'check smtp.user and the password environment variable' })
      expect(JSON.stringify([String(refused), (refused as Error).message, (refused as { hint: string }).hint])).not.toContain('wrong-password')
    } finally {
      await store.close()
      await new Promise<void>((resolve) => relay.close(() => resolve()))
    }
  })
})

describe('governance notify dry run', () => {
  it('writes one .eml per message that reads back, and logs nothing', async () => {
    // Arrange
    const dir = await mkdtemp(join(tmpdir(), 'skyhound-notify-eml-'))
    const store = await openStore(':memory:')
    try {
      // Act
      const report = await runNotify({ tasks, directory, config: config(), log: store.notifications, sender: createEmlSender(dir), dryRunDir: dir, now: WEEK_48 })

      // Assert
      expect(report.dryRun).toBe(true)
      const files = (await readdir(dir)).sort()
      expect(files).toStrictEqual([
        `2026-W48-manager-overdue-${at('maria')}.eml`,
        ...[at('alice'), at('bob'), at('carol'), at('dave')].map((r) => `2026-W48-owner-digest-${r}.eml`),
      ])
      const raw = await readFile(join(dir, `2026-W48-owner-digest-${at('bob')}.eml`), 'utf8')
      expect(raw).toContain('\r\n') // RFC 5322 line ends
      const mail = parseMail(raw)
      expect(mail.headers.get('to')).toBe(at('bob'))
      expect(mail.headers.get('message-id')).toMatch(/^<.+@.+>$/)
      expect(mail.headers.get('date')).toBe('Wed, 25 Nov 2026 08:00:00 +0000')
      expect(mail.headers.get('mime-version')).toBe('1.0')
      expect(mail.text).toContain('CRITICAL (1)')
      expect(mail.text).toContain('Database is not public')
      expect(mail.html).toContain('<h3>critical (1)</h3>')
      expect(await store.notifications.listSent()).toStrictEqual([])
    } finally {
      await store.close()
    }
  })
})

describe('governance notify webhooks', () => {
  let server: Server
  let url = ''
  let deliveries: { body: string; signature: string | undefined; event: string | undefined }[] = []
  let statuses: number[] = []
  const secret = 'whsec-test-0123456789abcdef'

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        deliveries.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, event: req.headers['x-skyhound-event'] as string | undefined })
        res.statusCode = statuses.shift() ?? 204
        res.end()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/skyhound`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  beforeEach(() => {
    deliveries = []
    statuses = []
  })

  it('posts the tasks that became overdue since the last run, signed, retrying a 503', async () => {
    const store = await openStore(':memory:')
    const webhook = { name: 'ops', url, secret, timeoutMs: 5_000, retries: { attempts: 3, baseDelayMs: 1 } }
    const run = (now: Date) =>
      runNotify({ tasks, directory, config: config({ owners: false, managers: false, webhooks: [webhook] }), log: store.notifications, sender: createEmlSender(tmpdir()), now, webhookHooks: { sleep: noSleep } })
    try {
      // Act: the receiver fails once with 503, then accepts.
      statuses = [503]
      const first = await run(WEEK_48)

      // Assert
      expect(first.failures).toStrictEqual([])
      expect(deliveries).toHaveLength(2)
      const delivery = deliveries[1]!
      expect(delivery.event).toBe('governance.tasks.overdue')
      const verified = verifySignature(secret, delivery.body, delivery.signature, Math.floor(WEEK_48.getTime() / 1000))
      expect(verified).toStrictEqual({ ok: true, timestampS: Math.floor(WEEK_48.getTime() / 1000) })
      expect(verifySignature('wrong-secret', delivery.body, delivery.signature, Math.floor(WEEK_48.getTime() / 1000)).ok).toBe(false)
      expect(verifySignature(secret, `${delivery.body} `, delivery.signature, Math.floor(WEEK_48.getTime() / 1000)).ok).toBe(false)
      // Replayed an hour later: refused by the age check.
      expect(verifySignature(secret, delivery.body, delivery.signature, Math.floor(WEEK_48.getTime() / 1000) + 3600)).toMatchObject({ ok: false })
      const payload = JSON.parse(delivery.body) as OverduePayload
      expect(payload.tasks.map((t) => [t.id, t.daysOverdue]).sort()).toStrictEqual([
        ['alice-late', 5],
        ['pay-late', 15],
      ])

      // A later run with nothing newly overdue posts nothing; once dave's task passes its due date, only it is posted.
      deliveries = []
      await run(new Date('2026-12-01T08:00:00Z'))
      expect(deliveries).toStrictEqual([])
      await run(new Date('2027-01-02T08:00:00Z'))
      expect(deliveries).toHaveLength(1)
      expect((JSON.parse(deliveries[0]!.body) as OverduePayload).tasks.map((t) => t.id)).toStrictEqual(['alice-ok', 'dave-ok'])
    } finally {
      await store.close()
    }
  })

  it('splits a large first announcement into events of at most 100 tasks', async () => {
    const store = await openStore(':memory:')
    try {
      const many = Array.from({ length: 250 }, (_, i) => makeTask({ id: `t${String(i).padStart(3, '0')}`, owner: at('alice'), severity: 'low', dueDate: '2026-11-01' }))
      const report = await runNotify({
        tasks: many,
        directory,
        config: config({ owners: false, managers: false, webhooks: [{ name: 'ops', url, secret, timeoutMs: 5_000, retries: { attempts: 1, baseDelayMs: 1 } }] }),
        log: store.notifications,
        sender: createEmlSender(tmpdir()),
        now: WEEK_48,
      })
      expect(report.sent.map((s) => s.tasks)).toStrictEqual([100, 100, 50])
      const posted = deliveries.flatMap((d) => (JSON.parse(d.body) as OverduePayload).tasks.map((t) => t.id))
      expect(new Set(posted).size).toBe(250)
      expect(await store.notifications.listSent({ kind: 'webhook-overdue' })).toHaveLength(250)
    } finally {
      await store.close()
    }
  })

  it('reports a webhook that keeps failing, without logging its tasks', async () => {
    const store = await openStore(':memory:')
    try {
      statuses = [500, 500]
      const report = await runNotify({
        tasks,
        directory,
        config: config({ owners: false, managers: false, webhooks: [{ name: 'ops', url, secret, timeoutMs: 5_000, retries: { attempts: 2, baseDelayMs: 1 } }] }),
        log: store.notifications,
        sender: createEmlSender(tmpdir()),
        now: WEEK_48,
        webhookHooks: { sleep: noSleep },
      })
      expect(report.failures).toMatchObject([{ kind: 'webhook-overdue', recipient: 'ops', message: 'webhook ops answered HTTP 500' }])
      expect(await store.notifications.listSent({ kind: 'webhook-overdue' })).toStrictEqual([])
    } finally {
      await store.close()
    }
  })
})
