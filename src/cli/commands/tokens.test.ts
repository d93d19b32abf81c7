import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../test/helpers/cli-run.js'
import { hashToken } from '../../server/auth/token-codec.js'
import { openStore } from '../../store/open-store.js'

describe('cli/commands/tokens', () => {
  let dir: string
  let db: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'skyhound-tokens-'))
    db = join(dir, 'skyhound.db')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('creates a token, prints it once on stdout and stores only its hash', async () => {
    const run = await runCli(['--db', db, 'tokens', 'create', '--role', 'analyst', '--name', 'ci exporter'])
    expect(run.code).toBe(0)
    const token = run.stdout.trim()
    expect(token).toMatch(/^skh_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/)
    expect(run.stderr).toContain('cannot be shown again')
    const store = await openStore(db)
    try {
      const [record] = await store.auth.listTokens()
      expect(record).toMatchObject({ name: 'ci exporter', role: 'analyst', hash: hashToken(token), revokedAt: null })
      expect(JSON.stringify(await store.auth.listTokens())).not.toContain(token)
    } finally {
      await store.close()
    }
  })

  it('lists active tokens without secrets, and revoked ones with --all', async () => {
    const created = JSON.parse((await runCli(['--db', db, '--json', 'tokens', 'create', '--role', 'viewer', '--name', 'alice'])).stdout) as {
      id: string
      token: string
    }
    await runCli(['--db', db, 'tokens', 'create', '--role', 'admin', '--name', 'bob'])
    const listed = await runCli(['--db', db, 'tokens', 'list'])
    expect(listed.stdout).toContain('alice')
    expect(listed.stdout).toContain('bob')
    expect(listed.stdout).not.toContain('skh_')
    expect((await runCli(['--db', db, 'tokens', 'revoke', created.id])).code).toBe(0)
    const active = JSON.parse((await runCli(['--db', db, '--json', 'tokens', 'list'])).stdout) as { tokens: { name: string }[] }
    expect(active.tokens.map((t) => t.name)).toEqual(['bob'])
    const all = JSON.parse((await runCli(['--db', db, '--json', 'tokens', 'list', '--all'])).stdout) as { tokens: { name: string; revokedAt: string | null }[] }
    expect(all.tokens.find((t) => t.name === 'alice')?.revokedAt).not.toBeNull()
    expect(JSON.stringify(all)).not.toContain(created.token)
  })

  it('says when there are no tokens yet', async () => {
    expect((await runCli(['--db', db, 'tokens', 'list'])).stdout).toContain('runs open on 127.0.0.1')
  })

  it('refuses an unknown role, a missing name, and revoking an unknown or revoked token (exit 2)', async () => {
    const role = await runCli(['--db', db, 'tokens', 'create', '--role', 'root', '--name', 'x'])
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('viewer, analyst, admin')
    expect((await runCli(['--db', db, 'tokens', 'create', '--role', 'viewer'])).code).toBe(2)
    expect((await runCli(['--db', db, 'tokens', 'create', '--role', 'viewer', '--name', '  '])).code).toBe(2)
    const revoke = await runCli(['--db', db, 'tokens', 'revoke', '0123456789ab'])
    expect(revoke.code).toBe(2)
    expect(revoke.stderr).toContain('no active token with id 0123456789ab')
  })
})
