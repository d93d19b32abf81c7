/**
 * `skyhound explore` end to end over a scanned snapshot: every query source (text, file, template,
 * share link, saved query), every output (table, JSON contract, CSV), saved queries, and the errors a
 * user meets (syntax with a caret, unknown names, missing or double sources), with their exit codes.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, spawnCli } from '../helpers/cli-run.js'

const K8S_LIST = 'src/providers/kubernetes/__fixtures__/list-mixed.json'
const WORKLOADS = 'MATCH (w:k8s-workload) RETURN w'

interface ResultsJson {
  total: number
  truncated: boolean
  rows: { node: { id: string; kind: string; family: string; provider: string; name: string }; match: { from: string; kind: string; to: string }[] }[]
  query?: unknown
  link?: string
  text?: string
}

describe('skyhound explore', () => {
  let dir: string
  let db: string
  const explore = async (...args: string[]) => runCli(['--db', db, 'explore', ...args])
  const exploreJson = async (...args: string[]): Promise<ResultsJson> => {
    const run = await runCli(['--db', db, '--json', 'explore', ...args])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    return JSON.parse(run.stdout) as ResultsJson
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-explore-cli-'))
    db = join(dir, 'store.db')
    const scan = await runCli(['--db', db, '-q', 'scan', K8S_LIST])
    expect(scan.code).toBe(0)
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('lists the templates as [{ id, title, description }] with --json', async () => {
    const run = await runCli(['--json', 'explore', 'templates'])
    expect(run.code).toBe(0)
    const templates = JSON.parse(run.stdout) as Record<string, unknown>[]
    expect(templates.length).toBeGreaterThanOrEqual(25)
    for (const t of templates) expect(Object.keys(t)).toEqual(['id', 'title', 'description'])
    expect(templates.map((t) => t['id'])).toContain('k8s-rbac-off-unrestricted-access')
    const table = await runCli(['explore', 'templates', '--category', 'kubernetes'])
    expect(table.stdout).toMatch(/^k8s-rbac-off-unrestricted-access\s+Kubernetes clusters and services without RBAC/m)
    expect(table.stdout).not.toContain('vm-exposed-rce')
  })

  it('prints the JSON contract: total, rows of { node: { id, kind, family, provider, name }, match }', async () => {
    const result = await exploreJson('--query', WORKLOADS)
    expect(result.total).toBe(6)
    expect(result.truncated).toBe(false)
    for (const row of result.rows) expect(Object.keys(row.node)).toEqual(['id', 'kind', 'family', 'provider', 'name'])
    expect(result.rows.every((r) => r.node.family === 'k8s-workload' && r.node.provider === 'kubernetes')).toBe(true)
    expect(result.rows.map((r) => r.node.id)).toEqual(result.rows.map((r) => r.node.id).sort())
    const withPath = await exploreJson('--query', 'MATCH (n:k8s-namespace)-[:contains]->(w:k8s-workload) RETURN w', '--format', 'json')
    expect(withPath.rows[0]!.match).toEqual([{ from: expect.stringMatching(/namespace/), kind: 'contains', to: withPath.rows[0]!.node.id }])
  })

  it('prints a table by default and CSV on request', async () => {
    const table = await explore('--query', 'MATCH (n:k8s-namespace)-[:contains]->(w:k8s-workload) RETURN w')
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^query — snapshot snap-/m)
    expect(table.stdout).toMatch(/^6 matches \(started from family k8s-workload: 6 nodes, [\d.]+ ms\)$/m)
    expect(table.stdout).toMatch(/^NAME\s+KIND\s+ID$/m)
    expect(table.stdout).toMatch(/^ {4}\S+ -contains-> \S+$/m)
    const csv = await explore('--query', WORKLOADS, '--csv')
    expect(csv.stdout.split('\r\n')[0]).toBe('id,kind,family,provider,name,match,insights')
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(7)
    expect((await explore('--query', WORKLOADS, '--format', 'csv')).stdout).toBe(csv.stdout)
  })

  it('gives the same rows for text, a text file, a JSON file and a share link of one query', async () => {
    const base = await exploreJson('--query', WORKLOADS, '--show-query')
    expect(base.text).toBe('MATCH (n:k8s-workload) RETURN n')
    const textFile = join(dir, 'q.cypher')
    await writeFile(textFile, `// every workload\n${WORKLOADS}\n`)
    const jsonFile = join(dir, 'q.json')
    await writeFile(jsonFile, JSON.stringify(base.query))
    for (const args of [['--file', textFile], ['--file', jsonFile], ['--link', base.link!], ['--link', `https://skyhound.example/explorer?q=${base.link!}`]]) {
      const result = await exploreJson(...args)
      expect(result.rows, args.join(' ')).toEqual(base.rows)
    }
  })

  it('caps rows with --limit or LIMIT while counting every match', async () => {
    for (const args of [['--query', WORKLOADS, '--limit', '1'], ['--query', `${WORKLOADS} LIMIT 1`], ['--query', `${WORKLOADS} LIMIT 1`, '--limit', '5']]) {
      const result = await exploreJson(...args)
      expect(result.rows).toHaveLength(1)
      expect(result).toMatchObject({ total: 6, truncated: true })
    }
  })

  it('runs a template, and saves, lists, runs, replaces and deletes a named query', async () => {
    const template = await exploreJson('--template', 'k8s-rbac-off-unrestricted-access')
    expect(template).toMatchObject({ total: 0, rows: [] })
    const saved = await explore('save', 'workloads', '--query', WORKLOADS, '--description', 'every workload', '--owner', 'alice')
    expect(saved.code).toBe(0)
    expect(saved.stdout).toBe("Saved query 'workloads' (alice): MATCH (n:k8s-workload) RETURN n\n")
    const again = await explore('save', 'workloads', '--template', 'vm-exposed-rce')
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/a saved query named 'workloads' already exists .*--replace/)
    const list = JSON.parse((await runCli(['--db', db, '--json', 'explore', 'saved'])).stdout) as { name: string; owner: string; description: string; text: string }[]
    expect(list.map(({ name, owner, description, text }) => ({ name, owner, description, text }))).toEqual([{ name: 'workloads', owner: 'alice', description: 'every workload', text: 'MATCH (n:k8s-workload) RETURN n' }])
    expect((await exploreJson('--saved', 'workloads')).total).toBe(6)
    expect((await explore('save', 'workloads', '--query', 'MATCH (n:k8s-namespace) RETURN n', '--replace')).code).toBe(0)
    expect(new Set((await exploreJson('--saved', 'workloads')).rows.map((r) => r.node.family))).toEqual(new Set(['k8s-namespace']))
    expect((await explore('delete', 'workloads')).stdout).toBe("Deleted saved query 'workloads'\n")
    const gone = await explore('--saved', 'workloads')
    expect(gone.code).toBe(2)
    expect(gone.stderr).toMatch(/no saved query named 'workloads'/)
  })

  it('shows a syntax error with line, column and a caret, and exits 2', async () => {
    const run = await explore('--query', 'MATCH (c:k8s-cluster)\nWHERE c.rbacEnabled = = false\nRETURN c')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      "skyhound: line 2, column 23: expected a value (string, number, true, false, null or a list) but found '='\n" +
        '2 | WHERE c.rbacEnabled = = false\n' +
        '                          ^\n',
    )
  })

  it.each([
    [['--query', 'MATCH (c:k8s-clustr) RETURN c'], /unknown family 'k8s-clustr' \(did you mean 'k8s-cluster'\?\)/],
    [['--template', 'nope'], /no template 'nope'\nhint: list them with `skyhound explore templates`/],
    [[], /explore needs a query/],
    [['--query', WORKLOADS, '--template', 'vm-exposed-rce'], /give one query source, not --query and --template/],
    [['--link', 'bad link'], /the link is not base64url text/],
    [['--query', 'MATCH (r)-[:can-assume*1..9]->(a) RETURN r'], /walks up to 9 hops; the limit is 6 \(maxHops\)/],
    [['--query', WORKLOADS, '--snapshot', 'snap-nope'], /no snapshot snap-nope/],
    [['--file', 'missing.json'], /query file missing.json does not exist/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const run = await explore(...args)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(message)
  })

  it('returns the real exit code and streams as a process', () => {
    const run = spawnCli(['--db', db, 'explore', '--query', 'MATCH (w:k8s-workload) WHERE w.x = RETURN w'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^skyhound: line 1, column 36: expected a value/)
    const ok = spawnCli(['--db', db, '--json', 'explore', '--query', WORKLOADS])
    expect(ok.code).toBe(0)
    expect((JSON.parse(ok.stdout) as ResultsJson).total).toBe(6)
  })
})
