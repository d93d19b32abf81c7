import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli-run.js'

const ENTRY = fileURLToPath(new URL('../helpers/cli-entry.ts', import.meta.url))

describe('skyhound demo', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-demo-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('generates the estate, scans every cloud into a stored snapshot, and reuses the estate next time', async () => {
    // Arrange
    const db = join(dir, 'demo.db')
    const out = join(dir, 'estate')
    // Act
    const first = await runCli(['--db', db, '--json', 'demo', '--out', out, '--no-serve'])
    const second = await runCli(['--db', db, 'demo', '--out', out, '--no-serve'])
    // Assert
    expect(first.code).toBe(0)
    const summary = JSON.parse(first.stdout)
    for (const provider of ['aws', 'azure', 'gcp', 'kubernetes', 'scanner', 'terraform']) {
      expect(summary.resources.byProvider[provider], provider).toBeGreaterThan(0)
    }
    expect(summary.issues.filter((i: { kind: string }) => i.kind === 'parse-error')).toEqual([])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(`Reusing the demo estate in ${out}`)
    const list = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'list'])).stdout)
    expect(list.snapshots).toHaveLength(2)
    expect(list.snapshots[0].resources).toBe(summary.resources.total)
  })

  it('serves the dashboard API after the scan and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'serve.db')
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--db', db, 'demo', '--out', join(dir, 'estate'), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 120_000)
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(match[1])
        }
      })
      child.on('exit', () => reject(new Error(`demo exited early:\n${output}`)))
    })
    const health = await fetch(`${url}/api/v1/health`)
    expect(health.status).toBe(200)
    const snapshots = (await (await fetch(`${url}/api/v1/snapshots`)).json()) as { items?: unknown[] }
    expect(JSON.stringify(snapshots)).toContain('snap-')
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})
