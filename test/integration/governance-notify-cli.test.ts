/**
 * `skyhound governance notify` through its registration function (registerGovernanceNotify) on a `governance`
 * command group: tasks read from the store's governance tasks, the owner directory and notify config files,
 * a dry run writing .eml files, and errors that name the file and field.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { AddressInfo } from 'node:net'
import { Command } from 'commander'
import { SMTPServer } from 'smtp-server'
import { describe, expect, it } from 'vitest'
import { createCliContext } from '../../src/cli/cli-context.js'
import { registerGovernanceNotify } from '../../src/cli/commands/governance-notify.js'
import type { ExitCode } from '../../src/cli/exit-codes.js'
import { makeTask } from '../../src/governance/notify/__fixtures__/tasks.js'
import { isSkyhoundError } from '../../src/model/errors.js'
import { openStore } from '../../src/store/open-store.js'
import { parseMail } from '../helpers/mime-message.js'

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString()
    callback()
  }
}

async function estate(): Promise<{ dir: string; db: string; directory: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-notify-cli-'))
  const db = join(dir, 'skyhound.db')
  const store = await openStore(db)
  try {
    await store.governance.saveTasks(
      [
        makeTask({ id: 'late', owner: 'team-shop@x.example', severity: 'high', dueDate: '2026-11-02', status: 'overdue', title: 'Bucket is private' }),
        makeTask({ id: 'ok', owner: 'team-data@x.example', severity: 'low', dueDate: '2026-12-30', title: 'Key rotates' }),
      ],
      [],
    )
  } finally {
    await store.close()
  }
  const directory = join(dir, 'owners.yaml')
  await writeFile(directory, 'owners:\n  team-shop@x.example: { manager: head-retail@x.example }\n  team-data@x.example: { manager: cdo@x.example }\n')
  return { dir, db, directory }
}

async function run(db: string, args: readonly string[]): Promise<{ code: ExitCode | undefined; stdout: string; stderr: string }> {
  const stdout = new Capture()
  const stderr = new Capture()
  const program = new Command('skyhound').exitOverride()
  const governance = program.command('governance')
  let code: ExitCode | undefined
  registerGovernanceNotify(governance, () => createCliContext({ db, json: true, quiet: false, verbose: false }, stdout, stderr), (c) => {
    code = c
  })
  await program.parseAsync(['node', 'skyhound', 'governance', 'notify', ...args])
  return { code, stdout: stdout.text, stderr: stderr.text }
}

describe('skyhound governance notify', () => {
  it('writes the week\'s digests as .eml files from the stored tasks in a dry run, and logs nothing', async () => {
    // Arrange
    const { dir, db, directory } = await estate()
    const out = join(dir, 'outbox')

    // Act
    const result = await run(db, ['--directory', directory, '--dry-run', out, '--at', '2026-11-25T08:00:00Z'])

    // Assert
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as { dryRun: boolean; sent: { kind: string; recipient: string }[] }
    expect(report.dryRun).toBe(true)
    expect(report.sent.map((s) => `${s.kind} ${s.recipient}`).sort()).toStrictEqual([
      'manager-overdue head-retail@x.example',
      'owner-digest team-data@x.example',
      'owner-digest team-shop@x.example',
    ])
    expect((await readdir(out)).sort()).toStrictEqual([
      '2026-W48-manager-overdue-head-retail@x.example.eml',
      '2026-W48-owner-digest-team-data@x.example.eml',
      '2026-W48-owner-digest-team-shop@x.example.eml',
    ])
    const store = await openStore(db)
    try {
      expect(await store.notifications.listSent()).toStrictEqual([])
    } finally {
      await store.close()
    }
  })

  it('sends over SMTP from the config file, and a second run in the same week sends nothing', async () => {
    // Arrange
    const { dir, db, directory } = await estate()
    const delivered: string[] = []
    const relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume()
        stream.on('end', () => {
          delivered.push(...session.envelope.rcptTo.map((r) => r.address))
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
    const config = join(dir, 'notify.yaml')
    await writeFile(config, `directory: ${directory}\nsmtp:\n  host: 127.0.0.1\n  port: ${(relay.server.address() as AddressInfo).port}\n  startTls: disabled\n`)
    try {
      // Act
      const first = await run(db, ['--config', config, '--at', '2026-11-25T08:00:00Z'])
      const second = await run(db, ['--config', config, '--at', '2026-11-27T08:00:00Z'])

      // Assert
      expect(first.code).toBe(0)
      expect(delivered.sort()).toStrictEqual(['head-retail@x.example', 'team-data@x.example', 'team-shop@x.example'])
      expect(second.code).toBe(0)
      expect(delivered).toHaveLength(3)
      const report = JSON.parse(second.stdout) as { sent: unknown[]; alreadySent: unknown[] }
      expect([report.sent.length, report.alreadySent.length]).toStrictEqual([0, 3])
    } finally {
      await new Promise<void>((resolve) => relay.close(() => resolve()))
    }
  })

  it('reads the directory from the config file, relative to it', async () => {
    const { dir, db } = await estate()
    const config = join(dir, 'notify.yaml')
    await writeFile(config, 'directory: owners.yaml\nfrom: Security <sec@x.example>\nmanagers: false\n')
    const out = join(dir, 'outbox')
    const result = await run(db, ['--config', config, '--dry-run', out, '--at', '2026-11-25T08:00:00Z'])
    expect(result.code).toBe(0)
    const files = (await readdir(out)).sort()
    expect(files).toStrictEqual(['2026-W48-owner-digest-team-data@x.example.eml', '2026-W48-owner-digest-team-shop@x.example.eml'])
    expect(parseMail(await readFile(join(out, files[1]!), 'utf8')).headers.get('from')).toBe('Security <sec@x.example>')
  })

  it('refuses a bad config or directory file, naming the file and the field', async () => {
    const { dir, db, directory } = await estate()
    const config = join(dir, 'notify.yaml')
    await writeFile(config, 'smtp:\n  host: mail.x.example\n  port: 99999\n')
    const error: unknown = await run(db, ['--config', config]).catch((e: unknown) => e)
    expect(isSkyhoundError(error) && error.message).toMatch(/notify\.yaml:3:\d+: notify config field smtp\.port: /)
    await writeFile(directory, 'owners:\n  team-shop@x.example: { manager: [nope] }\n')
    const bad: unknown = await run(db, ['--directory', directory, '--dry-run', join(dir, 'o')]).catch((e: unknown) => e)
    expect(isSkyhoundError(bad) && bad.message).toMatch(/owners\.yaml:2:\d+: owner directory field owners\."team-shop@x\.example"\.manager: /)
  })

  it('needs somewhere to send, and the SMTP password from the environment only', async () => {
    const { db, dir } = await estate()
    const nowhere: unknown = await run(db, []).catch((e: unknown) => e)
    expect(nowhere).toMatchObject({ code: 'SKY_USAGE', message: 'governance notify has nowhere to send: no SMTP host and no webhook' })
    const config = join(dir, 'notify.yaml')
    await writeFile(config, 'smtp:\n  host: mail.x.example\n  user: skyhound\n  passwordEnv: NOTIFY_TEST_UNSET_PASSWORD\n')
    const noPassword: unknown = await run(db, ['--config', config]).catch((e: unknown) => e)
    expect(noPassword).toMatchObject({ code: 'SKY_USAGE', message: 'SMTP user skyhound is set but the password variable NOTIFY_TEST_UNSET_PASSWORD is empty' })
  })
})
