/**
 * The demo estate out of the box: `skyhound demo` stores governance tasks from the shipped rules, and
 * `skyhound governance notify` with the shipped config and owner directory reaches every owner and manager.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEAMS, ownerEmail } from '../../src/demo/demo-company.js'
import { DEMO_MANAGERS } from '../../src/demo/demo-governance.js'
import { runCli } from '../helpers/cli-run.js'
import { parseMail } from '../helpers/mime-message.js'

describe('skyhound governance notify on the demo estate', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-notify-demo-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes a digest for every team and an overdue digest for every manager, with no unreachable owner', async () => {
    // Arrange
    const db = join(dir, 'demo.db')
    const estate = join(dir, 'estate')
    const outbox = join(dir, 'outbox')
    expect((await runCli(['--db', db, 'demo', '--out', estate, '--no-serve'])).code).toBe(0)

    // Act
    const run = await runCli(['--db', db, '--json', 'governance', 'notify', '--config', join(estate, 'governance', 'notify.yaml'), '--dry-run', outbox])

    // Assert
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as { sent: { kind: string; recipient: string; tasks: number }[]; unreachableOwners: string[]; failures: unknown[] }
    expect(report.failures).toStrictEqual([])
    expect(report.unreachableOwners).toStrictEqual([])
    const owners = report.sent.filter((s) => s.kind === 'owner-digest').map((s) => s.recipient)
    for (const team of TEAMS) expect(owners).toContain(ownerEmail(team))
    const managers = report.sent.filter((s) => s.kind === 'manager-overdue')
    expect(managers.map((m) => m.recipient).sort()).toStrictEqual([...new Set(Object.values(DEMO_MANAGERS))].sort())
    expect(managers.every((m) => m.tasks > 0)).toBe(true)
    const files = await readdir(outbox)
    expect(files).toHaveLength(report.sent.length)
    const managerMail = parseMail(await readFile(join(outbox, files.find((f) => f.includes('manager-overdue'))!), 'utf8'))
    expect(managerMail.text).toMatch(/\[OVERDUE \d+d\]/)
    expect(managerMail.text).not.toContain('[OVERDUE 0d]')
  })
})
