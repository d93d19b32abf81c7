/**
 * The posture commands end to end on a stored demo snapshot: findings with filters and groups, score by
 * scope and over time, rules, exemptions (waiver, mitigation, expiry, revocation), exports, and custom
 * YAML/CEL rules in `scan --rules` with file:line:column errors.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoEstate } from '../../src/demo/generate-demo.js'
import { runCli } from '../helpers/cli-run.js'
import { sarifLog } from '../schemas/sarif-2.1.0.js'
import { ocsfComplianceFinding } from '../schemas/ocsf-1.1.0.js'

let dir: string
let estate: string
let db: string
let rulesDir: string

const CUSTOM_RULE = `id: custom-s3-owner-tag
title: S3 bucket names its owning team
description: Every bucket carries an owner tag so that findings reach a team.
severity: low
control: implement-security-best-practices
categories: [resilience]
remediation:
  steps: [Tag the bucket with owner=<team address>.]
target:
  kinds: [aws.s3.bucket]
expression: |
  has(tags.owner) && tags.owner.endsWith("@ridgeline-outfitters.example")
`

async function json(args: string[]): Promise<Record<string, unknown>> {
  const run = await runCli(['--db', db, '--json', ...args])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as Record<string, unknown>
}

beforeAll(async () => {
  // Arrange
  dir = await mkdtemp(join(tmpdir(), 'skyhound-rules-cli-'))
  estate = join(dir, 'estate')
  db = join(dir, 'store.db')
  rulesDir = join(dir, 'rules')
  await mkdir(rulesDir)
  await writeFile(join(rulesDir, 'owner-tag.yaml'), CUSTOM_RULE)
  await generateDemoEstate({ outDir: estate, seed: 1, resources: 600 })
  const first = await runCli(['--db', db, '--quiet', 'scan', estate, '--rules', rulesDir])
  expect(first.code).toBe(0)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('skyhound findings', () => {
  it('lists unhealthy findings highest risk first, with custom rule findings', async () => {
    const out = (await json(['findings', '--limit', '5000'])) as { total: number; findings: { ruleId: string; status: string; details: { risk: string } }[] }
    expect(out.total).toBe(out.findings.length)
    expect(out.findings.every((f) => f.status === 'unhealthy')).toBe(true)
    expect(out.findings[0]!.details.risk).toBe('critical')
    expect(out.findings.some((f) => f.ruleId === 'custom-s3-owner-tag')).toBe(false)
    expect(out.findings.some((f) => f.ruleId === 'aws-s3-bucket-public-read')).toBe(true)
  })

  it('filters by provider, severity, rule, scope, status and resource, and groups', async () => {
    const aws = (await json(['findings', '--provider', 'aws', '--severity', 'high', 'critical'])) as { findings: { severity: string; details: { provider: string } }[] }
    expect(aws.findings.length).toBeGreaterThan(0)
    expect(aws.findings.every((f) => f.details.provider === 'aws' && ['high', 'critical'].includes(f.severity))).toBe(true)
    const custom = (await json(['findings', '--rule', 'custom-s3-owner-tag', '--status', 'healthy', 'unhealthy', '--limit', '1000'])) as { findings: { status: string; details: { provider: string } }[] }
    expect(custom.findings.filter((f) => f.status === 'healthy').length).toBeGreaterThan(0)
    expect(custom.findings.every((f) => f.details.provider === 'aws')).toBe(true)
    const scoped = (await json(['findings', '--scope', '/subscriptions/00000000-0000-4000-8000-000000000002'])) as { findings: { scope: string }[] }
    expect(scoped.findings.length).toBeGreaterThan(0)
    expect(scoped.findings.every((f) => f.scope === '/subscriptions/00000000-0000-4000-8000-000000000002')).toBe(true)
    const resource = (await json(['findings', '--resource', 'orders-db'])) as { findings: { ruleId: string }[] }
    expect(resource.findings.map((f) => f.ruleId)).toContain('aws-rds-instance-publicly-accessible')
    const grouped = (await json(['findings', '--group-by', 'rule'])) as { groups: { rule: string; count: number }[] }
    expect(grouped.groups[0]!.count).toBeGreaterThanOrEqual(grouped.groups.at(-1)!.count)
  })
})

describe('skyhound rules', () => {
  it('lists the built-in and custom rules and shows one with frameworks', async () => {
    const list = (await json(['rules', 'list', '--rules', rulesDir])) as { total: number; rules: { id: string }[] }
    expect(list.rules.map((r) => r.id)).toContain('custom-s3-owner-tag')
    const show = (await json(['rules', 'show', 'aws-ec2-security-group-ssh-open-to-internet'])) as { frameworks: Record<string, string[]> }
    expect(show.frameworks['cis-aws-foundations-3-0']).toEqual(['5.2', '5.3'])
    const missing = await runCli(['--db', db, 'rules', 'show', 'no-such-rule'])
    expect(missing.code).toBe(2)
  })
})

describe('skyhound score and exemptions', () => {
  it('prints the score by scope, and a tag or resource-group scope on request', async () => {
    const out = (await json(['score', '--scope', 'tag:env=prod', 'provider:aws'])) as {
      score: { percentage: number; scopes: { kind: string }[] }
      selected: { kind: string; percentage: number }[]
    }
    expect(out.score.percentage).toBeGreaterThan(0)
    expect(new Set(out.score.scopes.map((s) => s.kind))).toEqual(new Set(['account', 'organization', 'resource-group']))
    expect(out.selected.map((s) => s.kind)).toEqual(['tag', 'provider'])
    const bad = await runCli(['--db', db, 'score', '--scope', 'tag:nokey'])
    expect(bad.code).toBe(2)
  })

  it('a waiver raises the score by removing the resource; a mitigation counts it healthy; revoking restores it', async () => {
    const before = ((await json(['score'])) as { score: { controls: { id: string; healthy: number; unhealthy: number; notApplicable: number }[] } }).score
    const control = (s: typeof before) => s.controls.find((c) => c.id === 'restrict-unauthorized-network-access')!
    const waiver = (await json(['exempt', 'add', '--category', 'waiver', '--justification', 'test database', '--rule', 'aws-rds-instance-publicly-accessible', '--resource', 'arn:aws:rds:eu-west-1:111122223333:db:orders-db'])) as { exemption: { id: string } }
    const waived = control(((await json(['score'])) as { score: typeof before }).score)
    expect(waived.unhealthy + waived.healthy).toBeLessThanOrEqual(control(before).unhealthy + control(before).healthy)
    const exempted = (await json(['findings', '--status', 'exempted'])) as { findings: { nodeId: string; details: { exemption: { category: string } } }[] }
    expect(exempted.findings.map((f) => f.details.exemption.category)).toEqual(['waiver'])
    await json(['exempt', 'revoke', waiver.exemption.id])
    await json(['exempt', 'add', '--category', 'mitigated', '--justification', 'WAF in front', '--resource', 'arn:aws:rds:eu-west-1:111122223333:db:orders-db', '--expires', '2999-01-01'])
    const listed = (await json(['exempt', 'list', '--all'])) as { exemptions: { state: string; category: string }[] }
    expect(listed.exemptions.map((e) => [e.category, e.state])).toEqual([['waiver', 'revoked'], ['mitigated', 'active']])
  })

  it('keeps history across snapshots with the delta and the recommendations that caused it', async () => {
    await writeFile(join(rulesDir, 'owner-tag.yaml'), CUSTOM_RULE.replace('endsWith("@ridgeline-outfitters.example")', 'startsWith("nobody")'))
    expect((await runCli(['--db', db, '--quiet', 'scan', estate, '--rules', rulesDir])).code).toBe(0)
    const out = (await json(['score', '--history', '--rules', rulesDir])) as { history: { delta: number | null; drivers: { ruleId: string }[] }[] }
    expect(out.history).toHaveLength(2)
    expect(out.history[0]!.delta).toBeNull()
    expect(out.history[1]!.drivers.map((d) => d.ruleId)).toContain('custom-s3-owner-tag')
  })
})

describe('skyhound export', () => {
  it('writes SARIF that validates and OCSF compliance findings', async () => {
    const file = join(dir, 'out.sarif')
    const written = (await json(['export', '--format', 'sarif', '--output', file])) as { records: number }
    expect(written.records).toBeGreaterThan(0)
    expect(sarifLog.safeParse(JSON.parse(await readFile(file, 'utf8'))).success).toBe(true)
    const ocsf = await runCli(['--db', db, 'export', '--format', 'ocsf', '--provider', 'gcp'])
    const events = JSON.parse(ocsf.stdout) as unknown[]
    expect(events.length).toBeGreaterThan(0)
    for (const e of events) expect(ocsfComplianceFinding.safeParse(e).success).toBe(true)
  })

  it('writes CSV findings and the score history as CSV', async () => {
    const csv = await runCli(['--db', db, 'export', '--format', 'csv', '--severity', 'critical'])
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^finding_id,rule_id,title,status,severity,risk/)
    const history = await runCli(['--db', db, 'export', '--format', 'csv', '--score-history'])
    expect(history.stdout.split('\r\n').filter(Boolean)).toHaveLength(3)
    expect((await runCli(['--db', db, 'export', '--format', 'yaml'])).code).toBe(2)
  })
})

describe('custom rules', () => {
  it('names the file, line and column of a CEL syntax error', async () => {
    const bad = join(dir, 'bad-rules')
    await mkdir(bad)
    await writeFile(join(bad, 'broken.yaml'), CUSTOM_RULE.replace('has(tags.owner) && tags.owner', 'has(tags.owner) && && tags.owner'))
    const run = await runCli(['--db', db, 'scan', estate, '--no-store', '--rules', bad])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/broken\.yaml:12:22: CEL syntax error/)
  })

  it('names the field of invalid metadata', async () => {
    const bad = join(dir, 'bad-meta')
    await mkdir(bad)
    await writeFile(join(bad, 'meta.yaml'), CUSTOM_RULE.replace('severity: low', 'severity: urgent'))
    const run = await runCli(['--db', db, 'rules', 'list', '--rules', bad])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/meta\.yaml:4:11: invalid rule metadata: severity/)
  })
})
