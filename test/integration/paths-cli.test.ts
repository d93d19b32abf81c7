/**
 * `skyhound paths` end to end on the demo estate: list --json per the contract with filters, show,
 * choke-points, what-if (a choke point breaks what it claims), diff between two snapshots, GraphML export.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import type { AttackPath } from '../../src/model/attack-path.js'
import { runCli } from '../helpers/cli-run.js'

let dir: string
let estate: string
let db: string

async function json<T>(args: string[]): Promise<T> {
  const run = await runCli(['--db', db, '--json', ...args])
  expect(run.code, run.stderr).toBe(0)
  return JSON.parse(run.stdout) as T
}

describe('skyhound paths', () => {
  beforeAll(async () => {
    // Arrange
    dir = await mkdtemp(join(tmpdir(), 'skyhound-paths-cli-'))
    estate = join(dir, 'estate')
    db = join(dir, 'skyhound.db')
    await generateDemoEstate({ outDir: estate })
    expect((await runCli(['--db', db, '--quiet', 'scan', estate])).code).toBe(0)
  }, 240_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('lists paths as a JSON array with the contract fields, highest risk first', async () => {
    // Act
    const paths = await json<AttackPath[]>(['paths', 'list'])
    // Assert
    expect(paths.length).toBeGreaterThan(10)
    for (const p of paths) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['id', 'title', 'risk', 'categories', 'entry', 'target', 'steps', 'providers', 'count']))
      expect(Object.keys(p.entry).sort()).toEqual(['family', 'id', 'kind', 'name', 'provider'])
      for (const s of p.steps) expect(Object.keys(s)).toEqual(expect.arrayContaining(['from', 'edge', 'to', 'attackEdge', 'mitre', 'evidence']))
    }
    const ranks = paths.map((p) => ['low', 'medium', 'high', 'critical'].indexOf(p.risk))
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
  })

  it('filters by risk, category, entry and target kind, provider and cross-cloud', async () => {
    const critical = await json<AttackPath[]>(['paths', 'list', '--risk', 'critical'])
    expect(critical.length).toBeGreaterThan(0)
    expect(critical.every((p) => p.risk === 'critical')).toBe(true)
    const takeover = await json<AttackPath[]>(['paths', 'list', '--category', 'account-takeover', '--target-kind', 'account'])
    expect(takeover.length).toBeGreaterThan(0)
    expect(takeover.every((p) => p.target.family === 'account' && p.categories.includes('account-takeover'))).toBe(true)
    const pods = await json<AttackPath[]>(['paths', 'list', '--entry-kind', 'k8s.pod', '--provider', 'aws'])
    expect(pods.length).toBeGreaterThan(0)
    expect(pods.every((p) => p.entry.kind === 'k8s.pod' && p.providers.includes('aws'))).toBe(true)
    const cross = await json<AttackPath[]>(['paths', 'list', '--crosses-cloud'])
    expect(cross.length).toBeGreaterThan(0)
    expect(cross.every((p) => new Set(p.providers.filter((x) => x !== 'kubernetes')).size > 1)).toBe(true)
  })

  it('shows one path with its steps and recommendations', async () => {
    const [first] = await json<AttackPath[]>(['paths', 'list', '--limit', '1'])
    const shown = await json<AttackPath>(['paths', 'show', first!.id])
    expect(shown).toEqual(first)
    const text = await runCli(['--db', db, 'paths', 'show', first!.id])
    expect(text.stdout).toContain(first!.title)
    expect(text.stdout).toContain(first!.steps[0]!.attackEdge)
    expect((await runCli(['--db', db, 'paths', 'show', 'ap-0000000000000000'])).code).toBe(2)
  })

  it('ranks choke points and what-if removing the first breaks at least what it claims', async () => {
    const result = await json<{ chokePoints: { kind: string; id: string; from?: string; to?: string; breaks: number }[] }>(['paths', 'choke-points', '--limit', '3'])
    const top = result.chokePoints[0]!
    expect(top.breaks).toBeGreaterThan(0)
    const args = top.kind === 'node' ? ['--remove-node', top.id] : ['--remove-edge', `${top.from!},${top.to!}`]
    const whatIf = await json<{ broken: AttackPath[]; remaining: number; before: number }>(['paths', 'what-if', ...args])
    expect(whatIf.broken.length).toBeGreaterThanOrEqual(top.breaks)
    expect(whatIf.remaining + whatIf.broken.length).toBe(whatIf.before)
    expect((await runCli(['--db', db, 'paths', 'what-if'])).code).toBe(2)
  })

  it('diffs two snapshots and exports GraphML', async () => {
    expect((await runCli(['--db', db, '--quiet', 'scan', estate])).code).toBe(0)
    const diff = await json<{ diff: { new: unknown[]; resolved: unknown[]; unchanged: number } }>(['paths', 'diff'])
    expect(diff.diff.new).toEqual([])
    expect(diff.diff.resolved).toEqual([])
    expect(diff.diff.unchanged).toBeGreaterThan(10)
    const out = join(dir, 'paths.graphml')
    expect((await runCli(['--db', db, 'paths', 'export', '--format', 'graphml', '--out', out, '--risk', 'critical'])).code).toBe(0)
    const graphml = await readFile(out, 'utf8')
    expect(graphml).toMatch(/^<\?xml/)
    expect(graphml).toContain('<graph id="attack-paths" edgedefault="directed">')
    expect(graphml).toContain('attackEdge')
  })
})
