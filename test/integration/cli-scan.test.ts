import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, spawnCli } from '../helpers/cli-run.js'

const K8S_LIST = 'src/providers/kubernetes/__fixtures__/list-mixed.json'

describe('skyhound scan', () => {
  let dir: string
  let db: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-cli-'))
    db = join(dir, 'store.db')
    await writeFile(join(dir, 'notes.txt'), 'not an export\n')
    await writeFile(join(dir, 'broken.json'), '{"apiVersion": "v1", "kind": "List", "items": [')
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('exits 2 with a one-line error naming the file when no input is recognised', () => {
    // Arrange
    const unknown = join(dir, 'notes.txt')
    // Act
    const run = spawnCli(['--db', db, 'scan', unknown])
    // Assert
    expect(run.code).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(unknown)
    expect(lines[0]).toMatch(/^skyhound: .*\(hint: supported: /)
  })

  it('exits 2 when an input path does not exist', async () => {
    const run = await runCli(['--db', db, 'scan', join(dir, 'missing.json')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/missing\.json does not exist/)
  })

  it('scans the readable inputs, lists the failures under issues and exits 0', async () => {
    // Act
    const run = await runCli(['--db', db, '--json', 'scan', K8S_LIST, join(dir, 'notes.txt'), join(dir, 'broken.json')])
    // Assert
    expect(run.code).toBe(0)
    const summary = JSON.parse(run.stdout)
    expect(summary.snapshot.id).toMatch(/^snap-/)
    expect(summary.snapshot.inputs.map((i: { format: string }) => i.format)).toContain('kubernetes-list')
    expect(summary.resources.total).toBeGreaterThan(0)
    expect(summary.resources.byProvider.kubernetes).toBeGreaterThan(0)
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['snapshot', 'resources', 'issues', 'findings', 'attackPaths', 'secureScore']))
    const files = summary.issues.map((i: { file: string; kind: string }) => `${i.kind} ${i.file}`)
    expect(files).toContain(`unrecognized-format ${join(dir, 'notes.txt')}`)
    expect(files.some((f: string) => f.endsWith('broken.json'))).toBe(true)
  })

  it('exits 2 with --strict when some inputs failed, after storing the rest', async () => {
    const before = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'list'])).stdout).snapshots.length
    const run = await runCli(['--db', db, '--json', 'scan', '--strict', K8S_LIST, join(dir, 'notes.txt')])
    expect(run.code).toBe(2)
    const after = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'list'])).stdout).snapshots.length
    expect(after).toBe(before + 1)
  })

  it('keeps history: list newest first, show by id and latest, delete', async () => {
    const first = JSON.parse((await runCli(['--db', db, '--json', 'scan', K8S_LIST])).stdout)
    const second = JSON.parse((await runCli(['--db', db, '--json', 'scan', K8S_LIST])).stdout)
    const list = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'list'])).stdout).snapshots
    expect(list[0].id).toBe(second.snapshot.id)
    expect(list[1].id).toBe(first.snapshot.id)
    expect(list[0].resources).toBe(second.resources.total)

    const shown = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'show', first.snapshot.id])).stdout)
    expect(shown.resources).toEqual(first.resources)
    const latest = JSON.parse((await runCli(['--db', db, '--json', 'snapshots', 'show', 'latest'])).stdout)
    expect(latest.snapshot.id).toBe(second.snapshot.id)

    expect((await runCli(['--db', db, 'snapshots', 'delete', second.snapshot.id])).code).toBe(0)
    const gone = await runCli(['--db', db, 'snapshots', 'show', second.snapshot.id])
    expect(gone.code).toBe(2)
    expect(gone.stderr).toContain(second.snapshot.id)
  })

  it('does not store anything with --no-store and prints the coverage report with --coverage', async () => {
    const fresh = join(dir, 'nostore.db')
    const run = await runCli(['--db', fresh, 'scan', '--no-store', '--coverage', K8S_LIST])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Coverage: \d+ resources mapped/)
    expect(run.stdout).toMatch(/kubernetes\s+k8s\.pod/)
    const list = JSON.parse((await runCli(['--db', fresh, '--json', 'snapshots', 'list'])).stdout)
    expect(list.snapshots).toEqual([])
  })

  it('rejects a malformed --trusted-cidr before scanning', async () => {
    const run = await runCli(['--db', db, 'scan', '--trusted-cidr', '10.0.0.0/33', K8S_LIST])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--trusted-cidr 10\.0\.0\.0\/33 is not a CIDR/)
  })

  it('treats unknown flags and commands as usage errors (exit 2)', async () => {
    expect((await runCli(['scan', '--bogus', K8S_LIST])).code).toBe(2)
    expect((await runCli(['frobnicate'])).code).toBe(2)
    expect((await runCli(['--version'])).code).toBe(0)
  })

  it('reports a bad --db location as an input error naming it', async () => {
    // A regular file cannot hold a folder, so the store cannot be created there (even as root).
    const run = await runCli(['--db', join(dir, 'notes.txt', 'x.db'), 'snapshots', 'list'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^skyhound: .*x\.db/)
  })
})
