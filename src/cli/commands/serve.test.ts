import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli-run.js'
import { writeEstate } from '../../server/__fixtures__/small-estate.js'
import { openStore } from '../../store/open-store.js'

const ENTRY = fileURLToPath(new URL('../../../test/helpers/cli-entry.ts', import.meta.url))

interface Exit {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

describe('cli/commands/serve', () => {
  let dir: string
  let db: string
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skyhound-serve-cli-'))
    db = join(dir, 'skyhound.db')
    const store = await openStore(db)
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    await store.close()
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('serves until SIGTERM, logging JSON lines on stderr, then exits 0', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--db', db, '--json', 'serve', '--port', '0'], {
      env: { ...process.env, XDG_DATA_HOME: dir },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
    await expect.poll(() => stdout, { timeout: 30_000, interval: 100 }).toContain('"url"')
    const { url } = JSON.parse(stdout) as { url: string }
    const health = (await (await fetch(new URL('api/v1/health', url))).json()) as { auth: string }
    expect(health.auth).toBe('open')
    await fetch(new URL('api/v1/snapshots', url), { headers: { Authorization: 'Bearer skh_000000000000_' + 'S'.repeat(43) } })
    child.kill('SIGTERM')
    const result = await exited
    expect(result.code).toBe(0)
    const lines = result.stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; level: number })
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['listening', 'request', 'shutting down', 'stopped']))
    expect(lines.find((l) => l.msg.startsWith('no API tokens exist'))).toBeDefined()
    expect(result.stderr).not.toContain('SSSS')
  })

  it('refuses a non-loopback address while no token exists (exit 2)', async () => {
    const run = await runCli(['--db', db, 'serve', '--host', '0.0.0.0', '--port', '0', '--log-level', 'silent'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('auth is mandatory beyond loopback')
    expect(run.stderr).toContain('skyhound tokens create')
  })

  it('refuses a bad port or log level as a usage error', async () => {
    expect((await runCli(['--db', db, 'serve', '--port', '70000'])).code).toBe(2)
    expect((await runCli(['--db', db, 'serve', '--log-level', 'loud'])).code).toBe(2)
  })
})
